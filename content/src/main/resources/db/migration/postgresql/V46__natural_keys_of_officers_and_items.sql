-- Officers and items created before V45 get their natural key from their latest revision's payload (the quick
-- start's H2 database is new at every start and needs no backfill).
UPDATE content_item i SET natural_key = CASE i.kind
        WHEN 'OFFICER' THEN r.payload::jsonb ->> 'certificateNumber'
        ELSE r.payload::jsonb ->> 'code' END
FROM revision r
WHERE r.item_id = i.id AND i.kind IN ('OFFICER', 'ENFORCEMENT_ITEM')
  AND r.number = (SELECT MAX(number) FROM revision WHERE item_id = i.id);
