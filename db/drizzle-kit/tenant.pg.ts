// Entry for drizzle-kit only (see drizzle.config.ts): the tenant schema instantiated with the pg kit, its tables as
// the module's exports.
/* eslint-disable @typescript-eslint/no-require-imports */
const { kit } = require("../kit/pg");
const { tenantSchema } = require("../schema/tenant");

module.exports = tenantSchema(kit);
