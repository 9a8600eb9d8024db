DROP INDEX inbox_items_reference;
