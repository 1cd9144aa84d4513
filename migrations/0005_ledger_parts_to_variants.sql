-- Briefings still pending keep their exact text: each distinct text becomes a variant, and the
-- ledger row points at it (finished rows no longer need their text; the next migration drops it).
INSERT INTO `briefing_variants` (`hash`, `parts`, `created_at`)
  SELECT 'legacy:' || min(`id`), `parts`, min(`created_at`) FROM `deliveries`
  WHERE `status` = 'pending' AND `parts` <> '[]' GROUP BY `parts`;--> statement-breakpoint
UPDATE `deliveries` SET `variant_id` = (SELECT v.`id` FROM `briefing_variants` v WHERE v.`parts` = `deliveries`.`parts` AND v.`hash` LIKE 'legacy:%')
  WHERE `status` = 'pending' AND `parts` <> '[]';
