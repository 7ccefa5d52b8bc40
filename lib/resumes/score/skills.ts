// TEMPORARY stub until lib/resumes/taxonomy lands (helper/parse): delete and import findSkills from there.
export function findSkillNames(text: string): string[] {
  const known = ["Python", "PostgreSQL", "Docker", "Kubernetes", "REST API", "SQL", "React", "TypeScript", "JavaScript", "Go", "Linux", "Machine Learning", "Pandas", "Statistics", "Jira", "Agile", "Terraform", "CI/CD", "HTML", "CSS", "Redis", "Kafka", "AWS"];
  const lower = text.toLowerCase();
  return known.filter((name) => new RegExp(`(^|[^\\p{L}\\p{N}+#])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\p{L}\\p{N}+#])`, "u").test(lower));
}
