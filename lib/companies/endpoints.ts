import { defineEndpoint } from "@/lib/http/endpoint";
import * as s from "./schemas";

const tags = ["Companies"];

export const companyEndpoints = {
  company: defineEndpoint({
    method: "GET", path: "/api/company", summary: "The current company's profile", tags,
    auth: "user", roles: ["company"], responses: { 200: s.CompanyView },
  }),
  companyUpdate: defineEndpoint({
    method: "PUT", path: "/api/company/updateprofile", summary: "Update the current company's profile", tags,
    auth: "user", roles: ["company"], body: s.CompanyPatch, responses: { 200: s.CompanyUpdated },
  }),
  companies: defineEndpoint({
    method: "GET", path: "/api/companies", summary: "Company directory (public, paginated)", tags,
    auth: "public", query: s.CompaniesQuery, responses: { 200: s.CompaniesPage },
  }),
};
