/** "n•••@example.org": enough for the owner of an address to recognise it, not for others to learn it. */
export function maskAddress(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}
