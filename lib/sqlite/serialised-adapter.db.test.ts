import { prisma } from "@/lib/db";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(resetDatabase);

// The failure this guards against: a query outside a transaction, issued while another transaction is open on
// the same connection, ran inside that transaction and saw its uncommitted rows (then rolled back).
test("a read outside a transaction does not see what an open transaction has not committed", async () => {
  let insideTransaction!: () => void;
  const transactionStarted = new Promise<void>((resolve) => (insideTransaction = resolve));
  const failing = prisma.$transaction(async (tx) => {
    await tx.devMail.create({ data: { to: "a@example.org", subject: "in the transaction", text: "" } });
    insideTransaction();
    await new Promise((resolve) => setTimeout(resolve, 50));
    throw new Error("refused");
  });
  await transactionStarted;
  const seen = await prisma.devMail.count();
  await expect(failing).rejects.toThrow("refused");
  expect(seen).toBe(0);
});

test("transactions and single statements still all complete under load", async () => {
  await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? prisma.devMail.create({ data: { to: `${i}@example.org`, subject: "single", text: "" } })
        : prisma.$transaction(async (tx) => {
            await tx.devMail.create({ data: { to: `${i}@example.org`, subject: "tx", text: "" } });
            await tx.devMail.count();
          }),
    ),
  );
  expect(await prisma.devMail.count()).toBe(50);
});
