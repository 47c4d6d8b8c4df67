import { z } from 'zod'
import { EntityType } from '../../shared/model/entity'

/** One name form in resources/seed/entities.json. */
export const SeedName = z.object({
  form: z.string().min(1),
  lang: z.string(),
  script: z.string(),
  scheme: z.string().optional(),
  relation: z.string().optional(),
  note: z.string().optional(),
  preferred: z.boolean().optional(),
  valid_from: z.string().optional(),
  valid_to: z.string().optional(),
})

/** One entity in resources/seed/entities.json, as shipped (snake_case kept from the domain file). */
export const SeedEntity = z.object({
  id: z.string(),
  type: EntityType,
  subtype: z.string().optional(),
  preferred_name: z.string(),
  description: z.string(),
  dates: z.record(z.string(), z.string()).optional(),
  notes: z.string().optional(),
  confusable_with: z.array(z.string()).optional(),
  names: z.array(SeedName).min(1),
})
export type SeedEntity = z.infer<typeof SeedEntity>
export const SeedEntities = z.array(SeedEntity)
