// Test helper process: starts provisioning a hospital and dies (SIGKILL, no cleanup) right after a given step.
// Usage: tsx server/testing/crash-provision.ts CODE STEP
import { TEST_PASSWORD } from "./fixtures";
import { createHospital, type ProvisionStep } from "../tenancy/provision";

const [code, step] = process.argv.slice(2) as [string, ProvisionStep];
await createHospital(
  {
    name: `Crash ${code}`,
    code,
    email: "crash@hospital.test",
    plan: "BASIC",
    admin: { username: "chief", email: "chief@hospital.test", password: TEST_PASSWORD, firstName: "C", lastName: "A" },
  },
  { afterStep: (s) => void (s === step && process.kill(process.pid, "SIGKILL")) },
);
console.log("finished without crashing");
