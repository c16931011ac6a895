CREATE TABLE "CustomerAccount" (
    "AccountId" INTEGER PRIMARY KEY,
    "DisplayName" VARCHAR(200) NOT NULL CHECK (length("DisplayName") > 0),
    "Region" TEXT NOT NULL DEFAULT 'EU',
    "CreatedAt" TEXT
);
CREATE TABLE "Order Header" (
    "OrderId" INTEGER PRIMARY KEY,
    "AccountId" INTEGER NOT NULL REFERENCES "CustomerAccount" ("AccountId") ON DELETE CASCADE,
    "PlacedOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL DEFAULT 'open' CHECK ("Status" IN ('open', 'paid', 'cancelled'))
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES "CustomerAccount" ("AccountId") ON DELETE SET NULL,
    order_id INTEGER REFERENCES "Order Header" ("OrderId")
);
CREATE INDEX "Order Header_AccountId_idx" ON "Order Header" ("AccountId");
CREATE INDEX "CustomerAccount_Region_idx" ON "CustomerAccount" ("Region", "DisplayName");
