// The embedded mock's users: deterministic (same seed, same users), covering every status, role,
// creation type and sign-in type, group and space memberships, dates over several years and a few
// custom profile fields (../shared/staffbase-api.md, mock decision 13).
import type { MockUser } from "../../shared/mock-facts.js";
import { profileOptions } from "../../shared/profile-fields.js";
import { createRandom } from "./random.js";

export interface NamedId {
  id: string;
  name: string;
}

/** The documentation's example ids come first, so its examples return users. */
export const GROUPS: readonly NamedId[] = [
  { id: "604fab5e830203614e6fa59d", name: "All Employees" },
  { id: "604fab5e830203614e6fa5a1", name: "Sales" },
  { id: "604fab5e830203614e6fa5a2", name: "Engineering" },
  { id: "604fab5e830203614e6fa5a3", name: "Human Resources" },
  { id: "604fab5e830203614e6fa5a4", name: "Marketing" },
  { id: "604fab5e830203614e6fa5a5", name: "Customer Support" },
  { id: "604fab5e830203614e6fa5a6", name: "Finance" },
  { id: "604fab5e830203614e6fa5a7", name: "Leadership" },
  { id: "604fab5e830203614e6fa5a8", name: "Works Council" },
  { id: "604fab5e830203614e6fa5a9", name: "Berlin Office" },
  { id: "604fab5e830203614e6fa5aa", name: "New York Office" },
  { id: "604fab5e830203614e6fa5ab", name: "Interns" },
];

export const SPACES: readonly NamedId[] = [
  { id: "5fc7743d3dd910548d350a2a", name: "Global" },
  { id: "5fc7743d3dd910548d350a2b", name: "Germany" },
  { id: "5fc7743d3dd910548d350a2c", name: "United States" },
  { id: "5fc7743d3dd910548d350a2d", name: "United Kingdom" },
  { id: "5fc7743d3dd910548d350a2e", name: "Frontline" },
];

const FIRST_NAMES = ["Anna", "Ben", "Chloé", "David", "Emma", "Finn", "Grace", "Hannah", "Ivan", "Jana", "Karl", "Lea", "Mia", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Sven", "Tara", "Uwe", "Vera", "Will", "Xenia", "Yusuf", "Zoe"];
const LAST_NAMES = ["Müller", "Schmidt", "Smith", "Johnson", "Becker", "Nguyen", "Garcia", "Wagner", "Brown", "Fischer", "O'Brien", "Weber", "Kowalski", "Rossi", "Jensen", "Meyer", "Taylor", "Wilson", "Schulz", "Hoffmann"];
const LOCALES = ["de_DE", "en_US", "en_GB", "fr_FR"];

const START = Date.UTC(2019, 0, 1);
const END = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;

type SignIn = "emailPassword" | "userNamePassword" | "accessCode" | "sso";

function ascii(text: string): string {
  return text.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
}

/** `count` users from `seed`; the same arguments always give the same users. */
export function seedUsers(count = 5000, seed = 20_260_525): MockUser[] {
  const random = createRandom(seed);
  const usedIds = new Set<string>();
  const users: MockUser[] = [];
  for (let index = 0; index < count; index++) {
    let id = `6${random.hex(23)}`;
    while (usedIds.has(id)) id = `6${random.hex(23)}`;
    usedIds.add(id);

    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const status = random.weighted([["activated", 78], ["pending", 10], ["deactivated", 9], ["contact", 3]] as const);
    const role = random.weighted([["reader", 68], ["editor", 8], ["moderator", 8], ["managingEditor", 4], ["admin", 12]] as const);
    const signIn = random.weighted<SignIn>([["emailPassword", 45], ["userNamePassword", 13], ["accessCode", 15], ["sso", 27]]);
    const creationType = signIn === "sso" ? random.weighted([["sso", 70], ["scim", 30]] as const) : random.weighted([["csv", 45], ["direct", 40], ["scim", 15]] as const);

    const created = START + Math.floor(random.next() * (END - START));
    const updated = Math.min(END, created + Math.floor(random.next() * 400 * DAY));
    const deactivated = status === "deactivated" ? Math.min(END, updated + Math.floor(random.next() * 200 * DAY)) : null;

    const handle = `${ascii(firstName)}.${ascii(lastName)}${index}`;
    const hasEmail = signIn === "emailPassword" || signIn === "sso";
    const groupIDs = GROUPS.filter((group, position) => (position === 0 ? random.chance(0.6) : random.chance(0.12))).map((group) => group.id);
    const spaceIDs = SPACES.filter((space, position) => (position === 0 ? random.chance(0.7) : random.chance(0.2))).map((space) => space.id);
    
    users.push({
      id,
      externalID: signIn === "sso" ? `EMP-${String(100_000 + index)}` : random.chance(0.1) ? `HR-${String(index)}` : null,
      firstName,
      lastName,
      emails: hasEmail ? [{ value: `${handle}@example.com`, primary: true, providerID: "staffbase" }] : [],
      userName: signIn === "userNamePassword" || (signIn === "emailPassword" && random.chance(0.3)) ? handle : null,
      status,
      role: { type: role },
      groupIDs,
      config: { locale: random.pick(LOCALES) },
      created: new Date(created).toISOString(),
      updated: new Date(updated).toISOString(),
      profile: {
        department: random.pick(profileOptions("department")),
        location: random.pick(profileOptions("location")),
        costCenter: `CC-${String(100 + random.int(0, 40))}`,
        employeeType: random.weighted([["full-time", 70], ["part-time", 20], ["contractor", 10]] as const),
        position: random.pick(["Manager", "Specialist", "Associate", "Lead", "Director"]),
      },
      _mock: {
        creationType,
        spaceIDs,
        hasPassword: signIn !== "sso",
        hasRecoveryCode: signIn === "accessCode" || random.chance(0.05),
        deactivated: deactivated === null ? null : new Date(deactivated).toISOString(),
      },
    });
  }
  return users;
}
