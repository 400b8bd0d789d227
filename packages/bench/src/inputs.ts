// The filters every parser is measured on: the Staffbase documentation's examples, RFC 7644's examples,
// and generated filters of 1, 10, 100 and 1,000 clauses.

export const STAFFBASE_EXAMPLES = [
  'groups eq "604fab5e830203614e6fa59d"',
  'staffbase.space eq "5fc7743d3dd910548d350a2a"',
  'staffbase.status eq "activated" and staffbase.role eq "admin"',
  'staffbase.creationType eq "csv" or staffbase.creationType eq "sso"',
  'profile.department eq "Sales"',
  "(emails pr or userName pr) and password pr",
  "(not (emails pr) and not (userName pr) and password pr)",
  "(externalId pr and not (password pr))",
  'created gt "2021-01-01T10:00"',
  'created lt "2022-01-01"',
  'updated gt "2021-07-07T10:00"',
  'updated lt "2021-05-24"',
  'deactivated gt "2021-07-07T10:00"',
  'deactivated lt "2021-05-24"',
];

export const RFC_EXAMPLES = [
  'userName eq "bjensen"',
  'name.familyName co "O\'Malley"',
  'userName sw "J"',
  'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"',
  "title pr",
  'meta.lastModified gt "2011-05-13T04:42:34Z"',
  'meta.lastModified ge "2011-05-13T04:42:34Z"',
  'meta.lastModified lt "2011-05-13T04:42:34Z"',
  'meta.lastModified le "2011-05-13T04:42:34Z"',
  'title pr and userType eq "Employee"',
  'title pr or userType eq "Intern"',
  'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"',
  'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
  'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
  'userType eq "Employee" and (emails.type eq "work")',
  'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
  'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
];

const CLAUSES = [
  (i: number) => `profile.field${i} eq "value ${i}"`,
  (i: number) => `created gt "2021-0${(i % 9) + 1}-01T10:00"`,
  (i: number) => `userName sw "user${i}"`,
  (i: number) => `attr${i} pr`,
  () => `not (staffbase.role eq "admin")`,
  (i: number) => `(emails co "${i}@example.com" or title ne "Intern")`,
];

/** A filter of `count` clauses, mixing operators, values, `not`, groups and both combinators. */
export function generatedFilter(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const clause = (CLAUSES[i % CLAUSES.length] as (i: number) => string)(i);
    parts.push(i === 0 ? clause : `${i % 4 === 3 ? "or" : "and"} ${clause}`);
  }
  return parts.join(" ");
}

export const SIZES = [1, 10, 100, 1000] as const;
