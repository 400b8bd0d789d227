/** A ready-made filter to start from. */
export interface FilterPreset {
  id: string;
  label: string;
  /** The comment the Staffbase documentation gives the example. */
  description: string;
  filter: string;
}

/** The worked examples of the Staffbase User API filter documentation (seed 004), as starting points. */
export const staffbasePresets: readonly FilterPreset[] = [
  { id: "admins", label: "Only admins", description: "Only registered admin users", filter: 'staffbase.status eq "activated" and staffbase.role eq "admin"' },
  { id: "group-members", label: "Members of a group", description: "Only members of the given group ID", filter: 'groups eq "604fab5e830203614e6fa59d"' },
  { id: "space-members", label: "Members of a space", description: "Only members part of the given space ID", filter: 'staffbase.space eq "5fc7743d3dd910548d350a2a"' },
  { id: "csv-or-sso", label: "Created by CSV or SSO", description: "Only users created via CSV import or SSO", filter: 'staffbase.creationType eq "csv" or staffbase.creationType eq "sso"' },
  { id: "password-users", label: "Email or user name with password", description: "Only users with primary email or username and Staffbase password", filter: "(emails pr or userName pr) and password pr" },
  { id: "access-code-users", label: "Access-code users", description: "Only access code users (no primary email and username)", filter: "not (emails pr) and not (userName pr) and password pr" },
  { id: "sso-users", label: "SSO users", description: "Only SSO users (identifier, but no Staffbase password)", filter: "externalId pr and not (password pr)" },
  { id: "created-since", label: "Created since…", description: "All users that were created since day = 2021-01-01, time = 10:00", filter: 'created gt "2021-01-01T10:00"' },
  { id: "created-before", label: "Created before…", description: "All users that were created before day = 2022-01-01", filter: 'created lt "2022-01-01"' },
  { id: "updated-since", label: "Updated since…", description: "All users that were updated since day = 2021-07-07, time = 10:00", filter: 'updated gt "2021-07-07T10:00"' },
  { id: "deactivated-since", label: "Deactivated since…", description: "All users that were deactivated since day = 2021-07-07, time = 10:00", filter: 'staffbase.status eq "deactivated" and deactivated gt "2021-07-07T10:00"' },
  { id: "pending", label: "Pending invitations", description: "Users who were invited but have not registered", filter: 'staffbase.status eq "pending"' },
];
