CREATE TABLE documents (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz);
CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, document_id integer, action text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END
$$;
CREATE FUNCTION record_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit (document_id, action) VALUES (OLD.id, 'delete');
    RETURN OLD;
END
$$;
CREATE PROCEDURE purge_audit(days integer) LANGUAGE sql AS $$ DELETE FROM audit WHERE id < days $$;
CREATE TRIGGER documents_touch BEFORE UPDATE OF title ON documents FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER documents_audit AFTER DELETE ON documents FOR EACH ROW EXECUTE FUNCTION record_deletion();
