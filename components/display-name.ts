/** How the interface names an account: the person's name, else their email. */
export function displayName(user: { firstName: string | null; lastName: string | null; email: string | null }): string | null {
  const name = [user.firstName, user.lastName].filter(Boolean).join(" ").trim();
  return name || user.email;
}
