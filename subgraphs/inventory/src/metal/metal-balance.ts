import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Float, ObjectType } from 'type-graphql';
import { registerMetalEnum } from '@elysium/subgraph-kit';

/** The alloys the atelier works (the catalog's Metal). */
export enum Metal {
  PLATINUM = 'PLATINUM',
  YELLOW_GOLD_18K = 'YELLOW_GOLD_18K',
  WHITE_GOLD_18K = 'WHITE_GOLD_18K',
  ROSE_GOLD_18K = 'ROSE_GOLD_18K',
}
registerMetalEnum(Metal);

/** Precious metal held by the atelier, by alloy, to the milligram. */
@ObjectType({ description: 'Precious metal held by the atelier, by alloy. Staff only.' })
@Entity({ name: 'metal_stock' })
export class MetalBalance {
  @Field(() => Metal, { description: 'The alloy.' })
  @PrimaryColumn('text')
  alloy!: Metal;

  /** Milligrams (bigint column; JavaScript's safe range is some 9 tonnes). */
  @Column('bigint', { transformer: { from: (value: string) => Number(value), to: (value: number) => value } })
  milligrams!: number;

  @Field({ description: 'When the balance last changed.' })
  @Column('timestamptz')
  updatedAt!: Date;

  @Field(() => Float, { description: 'Grams held, to the milligram.' })
  grams(): number {
    return this.milligrams / 1000;
  }
}
