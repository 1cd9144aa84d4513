-- Per-feed item counters (feeds.item_count, feeds.relevant_count), kept by triggers so /feeds and
-- `feeds list` read one row per feed instead of joining every stored item.
-- An item's sources are removed before the item itself, while its relevance can still be read.
CREATE TRIGGER `items_delete_sources` BEFORE DELETE ON `items` BEGIN
  DELETE FROM `item_sources` WHERE `item_id` = OLD.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `item_sources_count_insert` AFTER INSERT ON `item_sources` BEGIN
  UPDATE `feeds` SET `item_count` = `item_count` + 1,
    `relevant_count` = `relevant_count` + coalesce((SELECT `relevant` FROM `items` WHERE `id` = NEW.`item_id`), 0)
  WHERE `id` = NEW.`feed_id`;
END;--> statement-breakpoint
CREATE TRIGGER `item_sources_count_delete` AFTER DELETE ON `item_sources` BEGIN
  UPDATE `feeds` SET `item_count` = max(`item_count` - 1, 0),
    `relevant_count` = max(`relevant_count` - coalesce((SELECT `relevant` FROM `items` WHERE `id` = OLD.`item_id`), 0), 0)
  WHERE `id` = OLD.`feed_id`;
END;--> statement-breakpoint
CREATE TRIGGER `items_relevant_count_update` AFTER UPDATE OF `relevant` ON `items` WHEN OLD.`relevant` <> NEW.`relevant` BEGIN
  UPDATE `feeds` SET `relevant_count` = max(`relevant_count` + NEW.`relevant` - OLD.`relevant`, 0)
  WHERE `id` IN (SELECT `feed_id` FROM `item_sources` WHERE `item_id` = NEW.`id`);
END;--> statement-breakpoint
-- Backfill from what is stored (once, on upgrade).
UPDATE `feeds` SET
  `item_count` = (SELECT count(*) FROM `item_sources` s WHERE s.`feed_id` = `feeds`.`id`),
  `relevant_count` = (SELECT count(*) FROM `item_sources` s JOIN `items` i ON i.`id` = s.`item_id` WHERE s.`feed_id` = `feeds`.`id` AND i.`relevant` = 1);
