-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "position" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_role" "Role",
    "organization_id" UUID,
    "action" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(32),
    "target_id" VARCHAR(128),
    "details" JSONB NOT NULL DEFAULT '{}',
    "client_ip" VARCHAR(64),
    "http_request_id" VARCHAR(128),

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_log_position_key" ON "audit_log"("position");

-- CreateIndex
CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_log_action_position_idx" ON "audit_log"("action", "position");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_position_idx" ON "audit_log"("actor_id", "position");

-- CreateIndex
CREATE INDEX "audit_log_target_id_position_idx" ON "audit_log"("target_id", "position");

-- CreateIndex
CREATE INDEX "audit_log_organization_id_position_idx" ON "audit_log"("organization_id", "position");

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: the audit trail and the requests' timelines are append-only, for the database owner too.
-- A row-level trigger refuses UPDATE and DELETE (also those a foreign key's ON DELETE/UPDATE action
-- would make: deleting a user or request that has history fails), a statement-level one TRUNCATE.
-- The only way around is DDL (ALTER TABLE … DISABLE TRIGGER), which a migration that must correct
-- history does in its own transaction, visibly. Triggers are invisible to `pnpm db:drift` (not part
-- of what Prisma describes), like the CHECK constraints.
CREATE FUNCTION "refuse_history_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Rows of this table are written once and never changed or removed.';
END
$$;

CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();

CREATE TRIGGER "request_event_append_only" BEFORE UPDATE OR DELETE ON "request_event"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "request_event_no_truncate" BEFORE TRUNCATE ON "request_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();

-- Action codes are stable dotted lower-case names (request.assign, auth.login.failed).
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action_check"
  CHECK ("action" ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$');
