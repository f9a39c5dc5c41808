-- An e-service application need not be about a place (the service-housing waiting list is about the
-- applicant), and one filed at a notary office may name a building without a flat: the rule "a premises
-- or a common area, exactly one" holds for repair requests only; an application never names a common area.
ALTER TABLE "request" DROP CONSTRAINT "request_location_check";
ALTER TABLE "request" ADD CONSTRAINT "request_location_check"
  CHECK (
    ("kind" = 'REPAIR' AND ("premises_id" IS NULL) <> ("common_area" IS NULL))
    OR ("kind" = 'E_SERVICE' AND "common_area" IS NULL)
  );
