import { handlers } from "@/lib/auth/nextauth";

// Auth.js's own endpoints for browser sessions (sign-in form post, session, sign-out).
export const { GET, POST } = handlers;
