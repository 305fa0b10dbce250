import { InputValidationError, isStaffRole, isUuid, type PostgresContext, type SubgraphContext, type Tx } from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { Address } from './address.entity';
import { auditStaffAction, lockVisibleCustomer, requireIdentity } from './customer-access';
import { AddressBookFullError, AddressNotFoundError, CustomerNotFoundError } from './profile.errors';
import type { AddressInput, UpdateAddressInput } from './profile.inputs';
import { PROFILE_LIMITS } from './profile-limits';
import type { ProfileLoaders } from './profile.loaders';
import { AddressKind } from './profile.enums';
import { FieldProblems, validateAddress, type AddressFields } from './profile.rules';
import { RemovedAddress } from './profile.types';

const DEFAULT_COLUMN = { [AddressKind.DELIVERY]: 'isDefaultDelivery', [AddressKind.BILLING]: 'isDefaultBilling' } as const;

/**
 * A client's address book: at most PROFILE_LIMITS.addresses addresses, at most one default of each
 * kind. The database holds the second rule too (partial unique indexes); every write first locks the
 * client's row, so concurrent writers queue instead of tripping over the index.
 */
export class AddressBookService {
  constructor(private readonly loaders: ProfileLoaders) {}

  /** A client's addresses, oldest first (batched per request). */
  addressesOf(context: SubgraphContext, customerId: string): Promise<Address[]> {
    return this.loaders.addressesByCustomer(context).load(customerId);
  }

  async addAddress(
    context: PostgresContext,
    customerId: string,
    input: AddressInput,
  ): Promise<Address | InputValidationError | CustomerNotFoundError | AddressBookFullError> {
    const problems = new FieldProblems();
    const address = validateAddress(input, 'input', problems);
    if (!problems.none) return new InputValidationError(problems.errors);
    const result = await context.transaction(async (tx) => {
      if (!(await lockVisibleCustomer(tx, context, customerId))) return new CustomerNotFoundError();
      const addresses = tx.getRepository(Address);
      if ((await addresses.countBy({ customerId })) >= PROFILE_LIMITS.addresses) return new AddressBookFullError(PROFILE_LIMITS.addresses);
      if (input.isDefaultDelivery) await clearDefault(tx, customerId, AddressKind.DELIVERY);
      if (input.isDefaultBilling) await clearDefault(tx, customerId, AddressKind.BILLING);
      const saved = await addresses.save(
        addresses.create({ ...address, customerId, isDefaultDelivery: input.isDefaultDelivery, isDefaultBilling: input.isDefaultBilling }),
      );
      await auditStaffAction(tx, context, 'address.added', customerId);
      return saved;
    });
    this.forget(context, customerId);
    return result;
  }

  /** Changes the fields given; the address is checked as a whole afterwards (a new country re-judges the postcode). */
  async updateAddress(
    context: PostgresContext,
    id: string,
    input: UpdateAddressInput,
  ): Promise<Address | InputValidationError | AddressNotFoundError> {
    const result = await context.transaction(async (tx) => {
      const existing = await lockVisibleAddress(tx, context, id);
      if (!existing) return new AddressNotFoundError();
      const problems = new FieldProblems();
      const address = validateAddress(mergeAddress(existing, input), 'input', problems);
      if (!problems.none) return new InputValidationError(problems.errors);
      const flags = {
        isDefaultDelivery: input.isDefaultDelivery ?? existing.isDefaultDelivery,
        isDefaultBilling: input.isDefaultBilling ?? existing.isDefaultBilling,
      };
      if (flags.isDefaultDelivery && !existing.isDefaultDelivery) await clearDefault(tx, existing.customerId, AddressKind.DELIVERY);
      if (flags.isDefaultBilling && !existing.isDefaultBilling) await clearDefault(tx, existing.customerId, AddressKind.BILLING);
      const saved = await tx.getRepository(Address).save(Object.assign(existing, address, flags));
      await auditStaffAction(tx, context, 'address.updated', existing.customerId);
      return saved;
    });
    if (result instanceof Address) this.forget(context, result.customerId);
    return result;
  }

  async removeAddress(context: PostgresContext, id: string): Promise<RemovedAddress | AddressNotFoundError> {
    const result = await context.transaction(async (tx) => {
      const existing = await lockVisibleAddress(tx, context, id);
      if (!existing) return new AddressNotFoundError();
      await tx.getRepository(Address).delete({ id: existing.id });
      await auditStaffAction(tx, context, 'address.removed', existing.customerId);
      return new RemovedAddress(existing.id, existing.customerId);
    });
    if (result instanceof RemovedAddress) this.forget(context, result.customerId);
    return result;
  }

  /** Makes the address the default of `kind`; the previous default stops being one, in the same transaction. */
  async setDefaultAddress(context: PostgresContext, id: string, kind: AddressKind): Promise<Address | AddressNotFoundError> {
    const result = await context.transaction(async (tx) => {
      const existing = await lockVisibleAddress(tx, context, id);
      if (!existing) return new AddressNotFoundError();
      const column = DEFAULT_COLUMN[kind];
      if (!existing[column]) {
        await clearDefault(tx, existing.customerId, kind);
        await tx.getRepository(Address).update({ id: existing.id }, { [column]: true });
        existing[column] = true;
      }
      await auditStaffAction(tx, context, 'address.default-set', existing.customerId);
      return existing;
    });
    if (result instanceof Address) this.forget(context, result.customerId);
    return result;
  }

  /** A later read in the same request (another field, the next mutation) sees the change. */
  private forget(context: SubgraphContext, customerId: string): void {
    this.loaders.addressesByCustomer(context).clear(customerId);
  }
}

/**
 * The address, row-locked with its client's row, when the caller may change it; else null. A
 * client's condition is in the query, so someone else's address is never locked, and an address
 * removed while we waited for the lock is simply not found.
 */
async function lockVisibleAddress(tx: Tx, context: SubgraphContext, id: string): Promise<Address | null> {
  const identity = requireIdentity(context);
  const owner = identity.subject.toLowerCase();
  // A client's subject is their customer id; anything else owns no address (and must not reach a uuid comparison).
  if (!isStaffRole(identity.role) && !isUuid(owner)) return null;
  const query = tx
    .getRepository(Address)
    .createQueryBuilder('address')
    .innerJoin(Customer, 'customer', 'customer.id = address.customerId')
    .where('address.id = :id', { id })
    .setLock('for_no_key_update');
  if (!isStaffRole(identity.role)) query.andWhere('address.customerId = :owner', { owner });
  return query.getOne();
}

/** Clears the client's current default of `kind`, so the partial unique index admits the new one. */
async function clearDefault(tx: Tx, customerId: string, kind: AddressKind): Promise<void> {
  const column = DEFAULT_COLUMN[kind];
  await tx.getRepository(Address).update({ customerId, [column]: true }, { [column]: false });
}

/** The stored address with the given fields applied: undefined keeps a field, null clears it. */
function mergeAddress(existing: Address, input: UpdateAddressInput): AddressFields {
  const fields: Array<keyof AddressFields> = [
    'label',
    'recipientName',
    'line1',
    'line2',
    'city',
    'region',
    'postcode',
    'countryCode',
    'phone',
  ];
  return Object.fromEntries(fields.map((name) => [name, input[name] === undefined ? existing[name] : input[name]])) as AddressFields;
}
