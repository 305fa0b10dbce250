import { InputValidationError, type PostgresContext, type SubgraphContext, type Tx } from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { auditStaffAction, lockVisibleCustomer } from './customer-access';
import { CustomerProfile } from './customer-profile.entity';
import { Occasion } from './occasion.entity';
import { CustomerNotFoundError } from './profile.errors';
import type { OccasionInput, RingSizeInput, UpdateProfileInput } from './profile.inputs';
import type { ProfileLoaders } from './profile.loaders';
import type { MetalCode } from './profile.enums';
import { PROFILE_LIMITS } from './profile-limits';
import {
  cleanText,
  FieldProblems,
  londonToday,
  validateMetalPreferences,
  validateOccasions,
  validateProfileChanges,
  validateRingSizes,
} from './profile.rules';
import { RingSize } from './ring-size.entity';

/**
 * A client's own details and the clienteling record (ring sizes, metals, occasions). Each mutation:
 * rules first (every bad field at once), then one transaction that locks the client, writes, and
 * audits a staff write; a returned error has written nothing.
 */
export class ProfileService {
  constructor(
    private readonly loaders: ProfileLoaders,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The profile row (null when the client has set nothing beyond the customer table); batched. */
  profileOf(context: SubgraphContext, customerId: string): Promise<CustomerProfile | null> {
    return this.loaders.profileByCustomer(context).load(customerId);
  }

  ringSizesOf(context: SubgraphContext, customerId: string): Promise<RingSize[]> {
    return this.loaders.ringSizesByCustomer(context).load(customerId);
  }

  occasionsOf(context: SubgraphContext, customerId: string): Promise<Occasion[]> {
    return this.loaders.occasionsByCustomer(context).load(customerId);
  }

  /** Names and phone live on the customer table, the date of birth in customer_profile: one transaction for both. */
  async updateProfile(
    context: PostgresContext,
    customerId: string,
    input: UpdateProfileInput,
  ): Promise<Customer | InputValidationError | CustomerNotFoundError> {
    const problems = new FieldProblems();
    const { dateOfBirth, ...customerChanges } = validateProfileChanges(input, londonToday(this.now()), problems);
    if (!problems.none) return new InputValidationError(problems.errors);
    return this.inTransaction(context, customerId, 'profile.updated', async (tx, customer) => {
      if (Object.keys(customerChanges).length > 0) {
        await tx.getRepository(Customer).update({ id: customer.id }, customerChanges);
        Object.assign(customer, customerChanges);
      }
      if (dateOfBirth !== undefined) await upsertProfile(tx, { customerId: customer.id, dateOfBirth });
    });
  }

  /** Replaces the client's ring sizes with `sizes`, in the order given. */
  async setRingSizes(
    context: PostgresContext,
    customerId: string,
    sizes: RingSizeInput[],
  ): Promise<Customer | InputValidationError | CustomerNotFoundError> {
    const problems = new FieldProblems();
    const clean = validateRingSizes(sizes, 'sizes', problems);
    if (!problems.none) return new InputValidationError(problems.errors);
    return this.inTransaction(context, customerId, 'ring-sizes.set', async (tx, customer) => {
      const repository = tx.getRepository(RingSize);
      await repository.delete({ customerId: customer.id });
      if (clean.length > 0) await repository.insert(clean.map((size, position) => ({ ...size, customerId: customer.id, position })));
    });
  }

  /** Replaces the client's metal preferences, most preferred first. */
  async setMetalPreferences(
    context: PostgresContext,
    customerId: string,
    metals: MetalCode[],
  ): Promise<Customer | InputValidationError | CustomerNotFoundError> {
    const problems = new FieldProblems();
    const metalPreferences = validateMetalPreferences(metals, 'metals', problems);
    if (!problems.none) return new InputValidationError(problems.errors);
    return this.inTransaction(context, customerId, 'metal-preferences.set', (tx, customer) =>
      upsertProfile(tx, { customerId: customer.id, metalPreferences }),
    );
  }

  /** Replaces the client's occasions, in the order given. */
  async setOccasions(
    context: PostgresContext,
    customerId: string,
    occasions: OccasionInput[],
  ): Promise<Customer | InputValidationError | CustomerNotFoundError> {
    const problems = new FieldProblems();
    const clean = validateOccasions(occasions, 'occasions', problems);
    if (!problems.none) return new InputValidationError(problems.errors);
    return this.inTransaction(context, customerId, 'occasions.set', async (tx, customer) => {
      const repository = tx.getRepository(Occasion);
      await repository.delete({ customerId: customer.id });
      if (clean.length > 0)
        await repository.insert(clean.map((occasion, position) => ({ ...occasion, customerId: customer.id, position })));
    });
  }

  /**
   * Sets the client's advisor, replacing any before (staff only: the resolver checks the role before
   * anything runs). Staff accounts live elsewhere for now, so the id is taken as given.
   */
  async assignAdvisor(
    context: PostgresContext,
    customerId: string,
    advisorId: string,
    advisorName: string,
  ): Promise<Customer | InputValidationError | CustomerNotFoundError> {
    const problems = new FieldProblems();
    const id = cleanText(problems, 'advisorId', advisorId, { max: PROFILE_LIMITS.advisorId, required: true });
    const name = cleanText(problems, 'advisorName', advisorName, { max: PROFILE_LIMITS.advisorName, required: true });
    if (!problems.none || !id || !name) return new InputValidationError(problems.errors);
    return this.inTransaction(context, customerId, 'advisor.assigned', (tx, customer) =>
      upsertProfile(tx, { customerId: customer.id, advisorId: id, advisorName: name, advisorAssignedAt: this.now() }),
    );
  }

  /**
   * One transaction around `write`: the client is locked (or not found, writing nothing), the write
   * runs, a staff write is audited. The request's loaders then forget the client, so the Customer
   * returned (and any later read in the request) shows the change.
   */
  private async inTransaction(
    context: PostgresContext,
    customerId: string,
    action: Parameters<typeof auditStaffAction>[2],
    write: (tx: Tx, customer: Customer) => Promise<unknown>,
  ): Promise<Customer | CustomerNotFoundError> {
    const result = await context.transaction(async (tx) => {
      const customer = await lockVisibleCustomer(tx, context, customerId);
      if (!customer) return new CustomerNotFoundError();
      await write(tx, customer);
      await auditStaffAction(tx, context, action, customer.id);
      return customer;
    });
    if (result instanceof Customer) {
      this.loaders.profileByCustomer(context).clear(result.id);
      this.loaders.ringSizesByCustomer(context).clear(result.id);
      this.loaders.occasionsByCustomer(context).clear(result.id);
    }
    return result;
  }
}

/** Creates the client's profile row or changes just the given columns of it. */
async function upsertProfile(tx: Tx, values: Partial<CustomerProfile> & { customerId: string }): Promise<void> {
  const repository = tx.getRepository(CustomerProfile);
  const metadata = repository.metadata;
  const columns = Object.keys(values)
    .filter((key) => key !== 'customerId')
    .map((key) => metadata.findColumnWithPropertyName(key)!.databaseName);
  await repository
    .createQueryBuilder()
    .insert()
    .values(values)
    .orUpdate([...columns, metadata.updateDateColumn!.databaseName], ['customer_id'])
    .execute();
}
