CREATE TABLE "CustomerAccount" (
    "AccountId" INTEGER PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "Region" TEXT
);
CREATE TABLE "Order Header" (
    "OrderId" INTEGER PRIMARY KEY,
    "AccountId" INTEGER NOT NULL REFERENCES "CustomerAccount" ("AccountId") ON DELETE CASCADE,
    "PlacedOn" TEXT NOT NULL
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES "CustomerAccount" ("AccountId") ON DELETE SET NULL,
    order_id INTEGER REFERENCES "Order Header" ("OrderId")
);
CREATE INDEX "Order Header_AccountId_idx" ON "Order Header" ("AccountId");
