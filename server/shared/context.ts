// What a domain function of a hospital gets: its database, the acting user, and the hospital (settings, plan).
import type { Db } from "@/db";
import type { HospitalRole } from "@/db/schema/enums";
import type { SessionHospital } from "../auth/sessions";

export type Actor = { userId: string; role: HospitalRole; username: string; name: string; ip: string };

export type HospitalCtx = { db: Db; actor: Actor; hospital: SessionHospital };
