// Entry for drizzle-kit only (see drizzle.config.ts): the control schema instantiated with the sqlite kit, its tables as
// the module's exports.
/* eslint-disable @typescript-eslint/no-require-imports */
const { kit } = require("../kit/sqlite");
const { controlSchema } = require("../schema/control");

module.exports = controlSchema(kit);
