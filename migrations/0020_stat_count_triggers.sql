-- Counters for /stats (table stat_counts), kept by triggers so the command reads a few rows instead
-- of counting items, deliveries and subscribers. Buckets are quarters of an hour (900000 ms): every
-- time zone's midnight starts one, so "today" is a whole number of buckets. A counter that falls
-- to zero is removed, so pruned days leave nothing behind.
CREATE TRIGGER `items_stat_insert` AFTER INSERT ON `items` BEGIN
  INSERT INTO `stat_counts` (`name`, `bucket`, `n`)
    VALUES (CASE WHEN NEW.`relevant` THEN 'items_relevant' ELSE 'items_other' END, NEW.`first_seen_at` / 900000, 1)
    ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `items_stat_delete` AFTER DELETE ON `items` BEGIN
  UPDATE `stat_counts` SET `n` = `n` - 1
    WHERE `name` = CASE WHEN OLD.`relevant` THEN 'items_relevant' ELSE 'items_other' END AND `bucket` = OLD.`first_seen_at` / 900000;
  DELETE FROM `stat_counts`
    WHERE `name` = CASE WHEN OLD.`relevant` THEN 'items_relevant' ELSE 'items_other' END AND `bucket` = OLD.`first_seen_at` / 900000 AND `n` <= 0;
END;--> statement-breakpoint
CREATE TRIGGER `items_stat_update` AFTER UPDATE OF `relevant`, `first_seen_at` ON `items`
  WHEN OLD.`relevant` IS NOT NEW.`relevant` OR OLD.`first_seen_at` IS NOT NEW.`first_seen_at` BEGIN
  UPDATE `stat_counts` SET `n` = `n` - 1
    WHERE `name` = CASE WHEN OLD.`relevant` THEN 'items_relevant' ELSE 'items_other' END AND `bucket` = OLD.`first_seen_at` / 900000;
  DELETE FROM `stat_counts`
    WHERE `name` = CASE WHEN OLD.`relevant` THEN 'items_relevant' ELSE 'items_other' END AND `bucket` = OLD.`first_seen_at` / 900000 AND `n` <= 0;
  INSERT INTO `stat_counts` (`name`, `bucket`, `n`)
    VALUES (CASE WHEN NEW.`relevant` THEN 'items_relevant' ELSE 'items_other' END, NEW.`first_seen_at` / 900000, 1)
    ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
-- A briefing counts once it is 'sent', in the bucket of its completed_at.
CREATE TRIGGER `deliveries_stat_insert` AFTER INSERT ON `deliveries`
  WHEN NEW.`status` = 'sent' AND NEW.`completed_at` IS NOT NULL BEGIN
  INSERT INTO `stat_counts` (`name`, `bucket`, `n`) VALUES ('deliveries_sent', NEW.`completed_at` / 900000, 1)
    ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `deliveries_stat_delete` AFTER DELETE ON `deliveries`
  WHEN OLD.`status` = 'sent' AND OLD.`completed_at` IS NOT NULL BEGIN
  UPDATE `stat_counts` SET `n` = `n` - 1 WHERE `name` = 'deliveries_sent' AND `bucket` = OLD.`completed_at` / 900000;
  DELETE FROM `stat_counts` WHERE `name` = 'deliveries_sent' AND `bucket` = OLD.`completed_at` / 900000 AND `n` <= 0;
END;--> statement-breakpoint
CREATE TRIGGER `deliveries_stat_update` AFTER UPDATE OF `status`, `completed_at` ON `deliveries`
  WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`completed_at` IS NOT NEW.`completed_at` BEGIN
  UPDATE `stat_counts` SET `n` = `n` - 1
    WHERE OLD.`status` = 'sent' AND OLD.`completed_at` IS NOT NULL AND `name` = 'deliveries_sent' AND `bucket` = OLD.`completed_at` / 900000;
  DELETE FROM `stat_counts`
    WHERE OLD.`status` = 'sent' AND OLD.`completed_at` IS NOT NULL AND `name` = 'deliveries_sent' AND `bucket` = OLD.`completed_at` / 900000 AND `n` <= 0;
  INSERT INTO `stat_counts` (`name`, `bucket`, `n`)
    SELECT 'deliveries_sent', NEW.`completed_at` / 900000, 1 WHERE NEW.`status` = 'sent' AND NEW.`completed_at` IS NOT NULL
    ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
-- Subscribers, active or not, in bucket 0; a chat that only chose a language ('not subscribed') is neither.
CREATE TRIGGER `subscribers_stat_insert` AFTER INSERT ON `subscribers`
  WHEN coalesce(NEW.`inactive_reason`, '') <> 'not subscribed' BEGIN
  INSERT INTO `stat_counts` (`name`, `bucket`, `n`) VALUES (CASE WHEN NEW.`active` THEN 'subscribers_active' ELSE 'subscribers_inactive' END, 0, 1)
    ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `subscribers_stat_delete` AFTER DELETE ON `subscribers`
  WHEN coalesce(OLD.`inactive_reason`, '') <> 'not subscribed' BEGIN
  UPDATE `stat_counts` SET `n` = `n` - 1 WHERE `name` = CASE WHEN OLD.`active` THEN 'subscribers_active' ELSE 'subscribers_inactive' END AND `bucket` = 0;
END;--> statement-breakpoint
CREATE TRIGGER `subscribers_stat_update` AFTER UPDATE OF `active`, `inactive_reason` ON `subscribers`
  WHEN OLD.`active` IS NOT NEW.`active` OR OLD.`inactive_reason` IS NOT NEW.`inactive_reason` BEGIN
  UPDATE `stat_counts` SET `n` = `n` - 1
    WHERE coalesce(OLD.`inactive_reason`, '') <> 'not subscribed'
      AND `name` = CASE WHEN OLD.`active` THEN 'subscribers_active' ELSE 'subscribers_inactive' END AND `bucket` = 0;
  INSERT INTO `stat_counts` (`name`, `bucket`, `n`)
    SELECT CASE WHEN NEW.`active` THEN 'subscribers_active' ELSE 'subscribers_inactive' END, 0, 1
    WHERE coalesce(NEW.`inactive_reason`, '') <> 'not subscribed'
    ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
-- Backfill from what is stored (once, on upgrade).
INSERT INTO `stat_counts` (`name`, `bucket`, `n`)
  SELECT CASE WHEN `relevant` THEN 'items_relevant' ELSE 'items_other' END, `first_seen_at` / 900000, count(*) FROM `items` WHERE true GROUP BY 1, 2
  ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + excluded.`n`;--> statement-breakpoint
INSERT INTO `stat_counts` (`name`, `bucket`, `n`)
  SELECT 'deliveries_sent', `completed_at` / 900000, count(*) FROM `deliveries` WHERE `status` = 'sent' AND `completed_at` IS NOT NULL GROUP BY 2
  ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + excluded.`n`;--> statement-breakpoint
INSERT INTO `stat_counts` (`name`, `bucket`, `n`)
  SELECT CASE WHEN `active` THEN 'subscribers_active' ELSE 'subscribers_inactive' END, 0, count(*) FROM `subscribers`
  WHERE coalesce(`inactive_reason`, '') <> 'not subscribed' GROUP BY 1
  ON CONFLICT (`name`, `bucket`) DO UPDATE SET `n` = `n` + excluded.`n`;
