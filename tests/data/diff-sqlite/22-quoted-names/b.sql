CREATE TABLE "order" (id INTEGER PRIMARY KEY, "group" TEXT NOT NULL DEFAULT 'g', "Mixed Case" TEXT, "select" INTEGER DEFAULT 0);
CREATE INDEX "order index" ON "order" ("group");
CREATE TABLE "user" ("key" TEXT PRIMARY KEY, "order_id" INTEGER REFERENCES "order" (id));
