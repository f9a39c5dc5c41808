-- CreateTable
CREATE TABLE "installation" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "setup_token_hash" CHAR(64),
    "token_issued_at" TIMESTAMPTZ(3),
    "set_up_at" TIMESTAMPTZ(3),

    CONSTRAINT "installation_pkey" PRIMARY KEY ("id")
);


-- One row at most: the key can only be true.
ALTER TABLE "installation" ADD CONSTRAINT "installation_single_row" CHECK ("id");
-- An installation that already has a city was set up before this table existed.
INSERT INTO "installation" ("id", "set_up_at") SELECT true, min("created_at") FROM "city" HAVING count(*) > 0;
