/**
 * The JSON Schemas of the model as data, generated from the zod schemas by
 * `tests/support/jsonSchemaSource.ts`: do not edit by hand, run `npm run json-schemas`.
 * `tests/model/jsonSchemas.generated.test.ts` fails when this differs from what the generator
 * computes from the schemas now.
 *
 * It imports nothing: `jsonSchemas.ts` gives it its type, so no import goes back and forth.
 *
 * @module
 * @internal
 */
export const generatedJsonSchemas = {
	objective: {
		$schema: "https://json-schema.org/draft/2020-12/schema",
		title: "Objective",
		description: "An okr-kit objective: its key results and its place in a cascade.",
		type: "object",
		properties: {
			id: {
				type: "string",
				maxLength: 1000,
				pattern: "\\S",
			},
			title: {
				type: "string",
				maxLength: 10000,
				pattern: "\\S",
			},
			type: {
				default: "aspirational",
				type: "string",
				enum: ["aspirational", "committed"],
			},
			keyResults: {
				default: [],
				type: "array",
				items: {
					oneOf: [
						{
							type: "object",
							properties: {
								id: {
									type: "string",
									maxLength: 1000,
									pattern: "\\S",
								},
								title: {
									type: "string",
									maxLength: 10000,
									pattern: "\\S",
								},
								weight: {
									default: 1,
									$ref: "#/$defs/NonNegativeNumberInput",
								},
								owner: {
									type: "string",
									maxLength: 10000,
								},
								unit: {
									type: "string",
									maxLength: 10000,
								},
								checkIns: {
									default: [],
									type: "array",
									items: {
										type: "object",
										properties: {
											at: {
												$ref: "#/$defs/DateInput",
											},
											value: {
												$ref: "#/$defs/NumberInput",
											},
											confidence: {
												$ref: "#/$defs/NumberInput",
											},
										},
										required: ["at", "value"],
										additionalProperties: {},
									},
								},
								closing: {
									type: "object",
									properties: {
										score: {
											$ref: "#/$defs/NumberInput",
										},
										note: {
											type: "string",
											maxLength: 10000,
										},
										at: {
											$ref: "#/$defs/DateInput",
										},
									},
									required: ["score"],
									additionalProperties: {},
								},
								kind: {
									type: "string",
									const: "metric",
								},
								start: {
									$ref: "#/$defs/NumberInput",
								},
								target: {
									$ref: "#/$defs/NumberInput",
								},
								current: {
									$ref: "#/$defs/NumberInput",
								},
								direction: {
									type: "string",
									enum: ["increase", "decrease"],
								},
							},
							required: ["id", "title", "kind", "start", "target"],
							additionalProperties: {},
						},
						{
							type: "object",
							properties: {
								id: {
									type: "string",
									maxLength: 1000,
									pattern: "\\S",
								},
								title: {
									type: "string",
									maxLength: 10000,
									pattern: "\\S",
								},
								weight: {
									default: 1,
									$ref: "#/$defs/NonNegativeNumberInput",
								},
								owner: {
									type: "string",
									maxLength: 10000,
								},
								unit: {
									type: "string",
									maxLength: 10000,
								},
								checkIns: {
									default: [],
									type: "array",
									items: {
										type: "object",
										properties: {
											at: {
												$ref: "#/$defs/DateInput",
											},
											value: {
												$ref: "#/$defs/NumberInput",
											},
											confidence: {
												$ref: "#/$defs/NumberInput",
											},
										},
										required: ["at", "value"],
										additionalProperties: {},
									},
								},
								closing: {
									type: "object",
									properties: {
										score: {
											$ref: "#/$defs/NumberInput",
										},
										note: {
											type: "string",
											maxLength: 10000,
										},
										at: {
											$ref: "#/$defs/DateInput",
										},
									},
									required: ["score"],
									additionalProperties: {},
								},
								kind: {
									type: "string",
									const: "threshold",
								},
								direction: {
									type: "string",
									enum: ["atLeast", "atMost"],
								},
								threshold: {
									$ref: "#/$defs/NumberInput",
								},
								current: {
									$ref: "#/$defs/NumberInput",
								},
								scoring: {
									default: "latest",
									type: "string",
									enum: ["latest", "checkIns"],
								},
							},
							required: ["id", "title", "kind", "direction", "threshold"],
							additionalProperties: {},
						},
						{
							type: "object",
							properties: {
								id: {
									type: "string",
									maxLength: 1000,
									pattern: "\\S",
								},
								title: {
									type: "string",
									maxLength: 10000,
									pattern: "\\S",
								},
								weight: {
									default: 1,
									$ref: "#/$defs/NonNegativeNumberInput",
								},
								owner: {
									type: "string",
									maxLength: 10000,
								},
								unit: {
									type: "string",
									maxLength: 10000,
								},
								checkIns: {
									default: [],
									type: "array",
									items: {
										type: "object",
										properties: {
											at: {
												$ref: "#/$defs/DateInput",
											},
											value: {
												$ref: "#/$defs/NumberInput",
											},
											confidence: {
												$ref: "#/$defs/NumberInput",
											},
										},
										required: ["at", "value"],
										additionalProperties: {},
									},
								},
								closing: {
									type: "object",
									properties: {
										score: {
											$ref: "#/$defs/NumberInput",
										},
										note: {
											type: "string",
											maxLength: 10000,
										},
										at: {
											$ref: "#/$defs/DateInput",
										},
									},
									required: ["score"],
									additionalProperties: {},
								},
								kind: {
									type: "string",
									const: "range",
								},
								low: {
									$ref: "#/$defs/NumberInput",
								},
								high: {
									$ref: "#/$defs/NumberInput",
								},
								current: {
									$ref: "#/$defs/NumberInput",
								},
								scoring: {
									default: "latest",
									type: "string",
									enum: ["latest", "checkIns"],
								},
							},
							required: ["id", "title", "kind", "low", "high"],
							additionalProperties: {},
						},
						{
							type: "object",
							properties: {
								id: {
									type: "string",
									maxLength: 1000,
									pattern: "\\S",
								},
								title: {
									type: "string",
									maxLength: 10000,
									pattern: "\\S",
								},
								weight: {
									default: 1,
									$ref: "#/$defs/NonNegativeNumberInput",
								},
								owner: {
									type: "string",
									maxLength: 10000,
								},
								unit: {
									type: "string",
									maxLength: 10000,
								},
								checkIns: {
									default: [],
									type: "array",
									items: {
										type: "object",
										properties: {
											at: {
												$ref: "#/$defs/DateInput",
											},
											value: {
												$ref: "#/$defs/NumberInput",
											},
											confidence: {
												$ref: "#/$defs/NumberInput",
											},
										},
										required: ["at", "value"],
										additionalProperties: {},
									},
								},
								closing: {
									type: "object",
									properties: {
										score: {
											$ref: "#/$defs/NumberInput",
										},
										note: {
											type: "string",
											maxLength: 10000,
										},
										at: {
											$ref: "#/$defs/DateInput",
										},
									},
									required: ["score"],
									additionalProperties: {},
								},
								kind: {
									type: "string",
									const: "milestone",
								},
								done: {
									type: "boolean",
								},
								doneAt: {
									$ref: "#/$defs/DateInput",
								},
							},
							required: ["id", "title", "kind", "done"],
							additionalProperties: {},
						},
						{
							type: "object",
							properties: {
								id: {
									type: "string",
									maxLength: 1000,
									pattern: "\\S",
								},
								title: {
									type: "string",
									maxLength: 10000,
									pattern: "\\S",
								},
								weight: {
									default: 1,
									$ref: "#/$defs/NonNegativeNumberInput",
								},
								owner: {
									type: "string",
									maxLength: 10000,
								},
								unit: {
									type: "string",
									maxLength: 10000,
								},
								checkIns: {
									default: [],
									type: "array",
									items: {
										type: "object",
										properties: {
											at: {
												$ref: "#/$defs/DateInput",
											},
											value: {
												$ref: "#/$defs/NumberInput",
											},
											confidence: {
												$ref: "#/$defs/NumberInput",
											},
										},
										required: ["at", "value"],
										additionalProperties: {},
									},
								},
								closing: {
									type: "object",
									properties: {
										score: {
											$ref: "#/$defs/NumberInput",
										},
										note: {
											type: "string",
											maxLength: 10000,
										},
										at: {
											$ref: "#/$defs/DateInput",
										},
									},
									required: ["score"],
									additionalProperties: {},
								},
								kind: {
									type: "string",
									const: "checklist",
								},
								items: {
									type: "array",
									items: {
										type: "object",
										properties: {
											title: {
												type: "string",
												maxLength: 10000,
												pattern: "\\S",
											},
											done: {
												type: "boolean",
											},
											weight: {
												default: 1,
												$ref: "#/$defs/NonNegativeNumberInput",
											},
											doneAt: {
												$ref: "#/$defs/DateInput",
											},
										},
										required: ["title", "done"],
										additionalProperties: {},
									},
								},
							},
							required: ["id", "title", "kind", "items"],
							additionalProperties: {},
						},
					],
				},
			},
			cycle: {
				type: "object",
				properties: {
					start: {
						$ref: "#/$defs/DateInput",
					},
					end: {
						$ref: "#/$defs/DateInput",
					},
					label: {
						type: "string",
						maxLength: 10000,
					},
				},
				required: ["start", "end"],
				additionalProperties: {},
			},
			owner: {
				type: "string",
				maxLength: 10000,
			},
			level: {
				type: "string",
				maxLength: 10000,
			},
			parentId: {
				anyOf: [
					{
						type: "string",
						maxLength: 1000,
						pattern: "\\S",
					},
					{
						type: "null",
					},
				],
			},
			contribution: {
				default: 1,
				$ref: "#/$defs/NumberInput",
			},
			kpiIds: {
				default: [],
				type: "array",
				items: {
					type: "string",
					maxLength: 1000,
					pattern: "\\S",
				},
			},
		},
		required: ["id", "title"],
		additionalProperties: {},
		$defs: {
			NonNegativeNumberInput: {
				description: "A number input that is zero or more, such as a weight.",
				$ref: "#/$defs/NumberInput",
			},
			NumberInput: {
				anyOf: [
					{
						type: "number",
					},
					{
						type: "string",
						pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
						maxLength: 500,
					},
				],
				description:
					'A finite number, or a decimal string read exactly such as "0.1" or "15000000.37".',
			},
			DateInput: {
				description:
					'A calendar day "YYYY-MM-DD", or an ISO 8601 timestamp with an offset ("2025-08-15T10:00:00Z", "2025-08-15T00:30:00+02:00"), read as the day on which it falls in the time zone a computation is given (default UTC).',
				anyOf: [
					{
						type: "string",
						format: "date",
						pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
					},
					{
						type: "string",
						format: "date-time",
						pattern:
							"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})$",
					},
				],
			},
		},
	},
	keyResult: {
		$schema: "https://json-schema.org/draft/2020-12/schema",
		title: "KeyResult",
		description: 'An okr-kit key result, discriminated on "kind".',
		oneOf: [
			{
				type: "object",
				properties: {
					id: {
						type: "string",
						maxLength: 1000,
						pattern: "\\S",
					},
					title: {
						type: "string",
						maxLength: 10000,
						pattern: "\\S",
					},
					weight: {
						default: 1,
						$ref: "#/$defs/NonNegativeNumberInput",
					},
					owner: {
						type: "string",
						maxLength: 10000,
					},
					unit: {
						type: "string",
						maxLength: 10000,
					},
					checkIns: {
						default: [],
						type: "array",
						items: {
							type: "object",
							properties: {
								at: {
									$ref: "#/$defs/DateInput",
								},
								value: {
									$ref: "#/$defs/NumberInput",
								},
								confidence: {
									$ref: "#/$defs/NumberInput",
								},
							},
							required: ["at", "value"],
							additionalProperties: {},
						},
					},
					closing: {
						type: "object",
						properties: {
							score: {
								$ref: "#/$defs/NumberInput",
							},
							note: {
								type: "string",
								maxLength: 10000,
							},
							at: {
								$ref: "#/$defs/DateInput",
							},
						},
						required: ["score"],
						additionalProperties: {},
					},
					kind: {
						type: "string",
						const: "metric",
					},
					start: {
						$ref: "#/$defs/NumberInput",
					},
					target: {
						$ref: "#/$defs/NumberInput",
					},
					current: {
						$ref: "#/$defs/NumberInput",
					},
					direction: {
						type: "string",
						enum: ["increase", "decrease"],
					},
				},
				required: ["id", "title", "kind", "start", "target"],
				additionalProperties: {},
			},
			{
				type: "object",
				properties: {
					id: {
						type: "string",
						maxLength: 1000,
						pattern: "\\S",
					},
					title: {
						type: "string",
						maxLength: 10000,
						pattern: "\\S",
					},
					weight: {
						default: 1,
						$ref: "#/$defs/NonNegativeNumberInput",
					},
					owner: {
						type: "string",
						maxLength: 10000,
					},
					unit: {
						type: "string",
						maxLength: 10000,
					},
					checkIns: {
						default: [],
						type: "array",
						items: {
							type: "object",
							properties: {
								at: {
									$ref: "#/$defs/DateInput",
								},
								value: {
									$ref: "#/$defs/NumberInput",
								},
								confidence: {
									$ref: "#/$defs/NumberInput",
								},
							},
							required: ["at", "value"],
							additionalProperties: {},
						},
					},
					closing: {
						type: "object",
						properties: {
							score: {
								$ref: "#/$defs/NumberInput",
							},
							note: {
								type: "string",
								maxLength: 10000,
							},
							at: {
								$ref: "#/$defs/DateInput",
							},
						},
						required: ["score"],
						additionalProperties: {},
					},
					kind: {
						type: "string",
						const: "threshold",
					},
					direction: {
						type: "string",
						enum: ["atLeast", "atMost"],
					},
					threshold: {
						$ref: "#/$defs/NumberInput",
					},
					current: {
						$ref: "#/$defs/NumberInput",
					},
					scoring: {
						default: "latest",
						type: "string",
						enum: ["latest", "checkIns"],
					},
				},
				required: ["id", "title", "kind", "direction", "threshold"],
				additionalProperties: {},
			},
			{
				type: "object",
				properties: {
					id: {
						type: "string",
						maxLength: 1000,
						pattern: "\\S",
					},
					title: {
						type: "string",
						maxLength: 10000,
						pattern: "\\S",
					},
					weight: {
						default: 1,
						$ref: "#/$defs/NonNegativeNumberInput",
					},
					owner: {
						type: "string",
						maxLength: 10000,
					},
					unit: {
						type: "string",
						maxLength: 10000,
					},
					checkIns: {
						default: [],
						type: "array",
						items: {
							type: "object",
							properties: {
								at: {
									$ref: "#/$defs/DateInput",
								},
								value: {
									$ref: "#/$defs/NumberInput",
								},
								confidence: {
									$ref: "#/$defs/NumberInput",
								},
							},
							required: ["at", "value"],
							additionalProperties: {},
						},
					},
					closing: {
						type: "object",
						properties: {
							score: {
								$ref: "#/$defs/NumberInput",
							},
							note: {
								type: "string",
								maxLength: 10000,
							},
							at: {
								$ref: "#/$defs/DateInput",
							},
						},
						required: ["score"],
						additionalProperties: {},
					},
					kind: {
						type: "string",
						const: "range",
					},
					low: {
						$ref: "#/$defs/NumberInput",
					},
					high: {
						$ref: "#/$defs/NumberInput",
					},
					current: {
						$ref: "#/$defs/NumberInput",
					},
					scoring: {
						default: "latest",
						type: "string",
						enum: ["latest", "checkIns"],
					},
				},
				required: ["id", "title", "kind", "low", "high"],
				additionalProperties: {},
			},
			{
				type: "object",
				properties: {
					id: {
						type: "string",
						maxLength: 1000,
						pattern: "\\S",
					},
					title: {
						type: "string",
						maxLength: 10000,
						pattern: "\\S",
					},
					weight: {
						default: 1,
						$ref: "#/$defs/NonNegativeNumberInput",
					},
					owner: {
						type: "string",
						maxLength: 10000,
					},
					unit: {
						type: "string",
						maxLength: 10000,
					},
					checkIns: {
						default: [],
						type: "array",
						items: {
							type: "object",
							properties: {
								at: {
									$ref: "#/$defs/DateInput",
								},
								value: {
									$ref: "#/$defs/NumberInput",
								},
								confidence: {
									$ref: "#/$defs/NumberInput",
								},
							},
							required: ["at", "value"],
							additionalProperties: {},
						},
					},
					closing: {
						type: "object",
						properties: {
							score: {
								$ref: "#/$defs/NumberInput",
							},
							note: {
								type: "string",
								maxLength: 10000,
							},
							at: {
								$ref: "#/$defs/DateInput",
							},
						},
						required: ["score"],
						additionalProperties: {},
					},
					kind: {
						type: "string",
						const: "milestone",
					},
					done: {
						type: "boolean",
					},
					doneAt: {
						$ref: "#/$defs/DateInput",
					},
				},
				required: ["id", "title", "kind", "done"],
				additionalProperties: {},
			},
			{
				type: "object",
				properties: {
					id: {
						type: "string",
						maxLength: 1000,
						pattern: "\\S",
					},
					title: {
						type: "string",
						maxLength: 10000,
						pattern: "\\S",
					},
					weight: {
						default: 1,
						$ref: "#/$defs/NonNegativeNumberInput",
					},
					owner: {
						type: "string",
						maxLength: 10000,
					},
					unit: {
						type: "string",
						maxLength: 10000,
					},
					checkIns: {
						default: [],
						type: "array",
						items: {
							type: "object",
							properties: {
								at: {
									$ref: "#/$defs/DateInput",
								},
								value: {
									$ref: "#/$defs/NumberInput",
								},
								confidence: {
									$ref: "#/$defs/NumberInput",
								},
							},
							required: ["at", "value"],
							additionalProperties: {},
						},
					},
					closing: {
						type: "object",
						properties: {
							score: {
								$ref: "#/$defs/NumberInput",
							},
							note: {
								type: "string",
								maxLength: 10000,
							},
							at: {
								$ref: "#/$defs/DateInput",
							},
						},
						required: ["score"],
						additionalProperties: {},
					},
					kind: {
						type: "string",
						const: "checklist",
					},
					items: {
						type: "array",
						items: {
							type: "object",
							properties: {
								title: {
									type: "string",
									maxLength: 10000,
									pattern: "\\S",
								},
								done: {
									type: "boolean",
								},
								weight: {
									default: 1,
									$ref: "#/$defs/NonNegativeNumberInput",
								},
								doneAt: {
									$ref: "#/$defs/DateInput",
								},
							},
							required: ["title", "done"],
							additionalProperties: {},
						},
					},
				},
				required: ["id", "title", "kind", "items"],
				additionalProperties: {},
			},
		],
		$defs: {
			NonNegativeNumberInput: {
				description: "A number input that is zero or more, such as a weight.",
				$ref: "#/$defs/NumberInput",
			},
			NumberInput: {
				anyOf: [
					{
						type: "number",
					},
					{
						type: "string",
						pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
						maxLength: 500,
					},
				],
				description:
					'A finite number, or a decimal string read exactly such as "0.1" or "15000000.37".',
			},
			DateInput: {
				description:
					'A calendar day "YYYY-MM-DD", or an ISO 8601 timestamp with an offset ("2025-08-15T10:00:00Z", "2025-08-15T00:30:00+02:00"), read as the day on which it falls in the time zone a computation is given (default UTC).',
				anyOf: [
					{
						type: "string",
						format: "date",
						pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
					},
					{
						type: "string",
						format: "date-time",
						pattern:
							"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})$",
					},
				],
			},
		},
	},
	kpi: {
		$schema: "https://json-schema.org/draft/2020-12/schema",
		title: "Kpi",
		description: "An okr-kit KPI: a gauge with a target, measured over time.",
		type: "object",
		properties: {
			id: {
				type: "string",
				maxLength: 1000,
				pattern: "\\S",
			},
			name: {
				type: "string",
				maxLength: 10000,
			},
			unit: {
				type: "string",
				maxLength: 10000,
			},
			direction: {
				type: "string",
				enum: ["higherIsBetter", "lowerIsBetter", "onTarget"],
			},
			target: {
				$ref: "#/$defs/NumberInput",
			},
			thresholds: {
				type: "object",
				properties: {
					mode: {
						type: "string",
						enum: ["absolute", "relative"],
					},
					green: {
						$ref: "#/$defs/NumberInput",
					},
					yellow: {
						$ref: "#/$defs/NumberInput",
					},
				},
				required: ["mode", "green", "yellow"],
				additionalProperties: {},
			},
			cadence: {
				type: "string",
				enum: ["daily", "weekly", "monthly", "quarterly"],
			},
			measurements: {
				default: [],
				type: "array",
				items: {
					type: "object",
					properties: {
						at: {
							$ref: "#/$defs/DateInput",
						},
						value: {
							$ref: "#/$defs/NumberInput",
						},
					},
					required: ["at", "value"],
					additionalProperties: {},
				},
			},
			owner: {
				type: "string",
				maxLength: 10000,
			},
			origin: {
				type: "object",
				properties: {
					objectiveId: {
						type: "string",
						maxLength: 1000,
						pattern: "\\S",
					},
					keyResultId: {
						type: "string",
						maxLength: 1000,
						pattern: "\\S",
					},
					promotedAt: {
						anyOf: [
							{
								type: "string",
								format: "date",
								pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
							},
							{
								type: "null",
							},
						],
					},
				},
				required: ["objectiveId", "keyResultId"],
				additionalProperties: {},
			},
		},
		required: ["id", "name", "direction", "target"],
		additionalProperties: {},
		$defs: {
			NumberInput: {
				anyOf: [
					{
						type: "number",
					},
					{
						type: "string",
						pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
						maxLength: 500,
					},
				],
				description:
					'A finite number, or a decimal string read exactly such as "0.1" or "15000000.37".',
			},
			DateInput: {
				description:
					'A calendar day "YYYY-MM-DD", or an ISO 8601 timestamp with an offset ("2025-08-15T10:00:00Z", "2025-08-15T00:30:00+02:00"), read as the day on which it falls in the time zone a computation is given (default UTC).',
				anyOf: [
					{
						type: "string",
						format: "date",
						pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
					},
					{
						type: "string",
						format: "date-time",
						pattern:
							"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})$",
					},
				],
			},
		},
	},
	cycle: {
		$schema: "https://json-schema.org/draft/2020-12/schema",
		title: "Cycle",
		description: "A period of calendar days, both ends included.",
		type: "object",
		properties: {
			start: {
				$ref: "#/$defs/DateInput",
			},
			end: {
				$ref: "#/$defs/DateInput",
			},
			label: {
				type: "string",
				maxLength: 10000,
			},
		},
		required: ["start", "end"],
		additionalProperties: {},
		$defs: {
			DateInput: {
				description:
					'A calendar day "YYYY-MM-DD", or an ISO 8601 timestamp with an offset ("2025-08-15T10:00:00Z", "2025-08-15T00:30:00+02:00"), read as the day on which it falls in the time zone a computation is given (default UTC).',
				anyOf: [
					{
						type: "string",
						format: "date",
						pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
					},
					{
						type: "string",
						format: "date-time",
						pattern:
							"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})$",
					},
				],
			},
		},
	},
	policy: {
		$schema: "https://json-schema.org/draft/2020-12/schema",
		title: "ScoringPolicy",
		description: "A partial okr-kit scoring policy, deep-merged over the defaults.",
		type: "object",
		properties: {
			progress: {
				type: "object",
				properties: {
					floor: {
						anyOf: [
							{
								type: "number",
							},
							{
								type: "string",
								pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
								maxLength: 500,
							},
						],
					},
					cap: {
						anyOf: [
							{
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							{
								type: "null",
							},
						],
					},
				},
				additionalProperties: false,
			},
			grading: {
				type: "object",
				properties: {
					decimals: {
						type: "integer",
						minimum: 0,
						maximum: 10,
					},
					bands: {
						type: "object",
						properties: {
							yellow: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							green: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
						},
						additionalProperties: false,
					},
					aspirational: {
						type: "object",
						properties: {
							partialFrom: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							sweetSpotFrom: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							sweetSpotTo: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							successFrom: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
						},
						additionalProperties: false,
					},
					committed: {
						type: "object",
						properties: {
							successFrom: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
						},
						additionalProperties: false,
					},
				},
				additionalProperties: false,
			},
			pace: {
				type: "object",
				properties: {
					expectedFinal: {
						type: "object",
						properties: {
							committed: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							aspirational: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
						},
						additionalProperties: false,
					},
					onTrackGap: {
						anyOf: [
							{
								type: "number",
							},
							{
								type: "string",
								pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
								maxLength: 500,
							},
						],
					},
					atRiskGap: {
						anyOf: [
							{
								type: "number",
							},
							{
								type: "string",
								pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
								maxLength: 500,
							},
						],
					},
					phases: {
						type: "array",
						items: {
							type: "object",
							properties: {
								at: {
									anyOf: [
										{
											type: "number",
										},
										{
											type: "string",
											pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
											maxLength: 500,
										},
									],
								},
								expected: {
									anyOf: [
										{
											type: "number",
										},
										{
											type: "string",
											pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
											maxLength: 500,
										},
									],
								},
							},
							required: ["at", "expected"],
							additionalProperties: false,
						},
					},
				},
				additionalProperties: false,
			},
			kpi: {
				type: "object",
				properties: {
					thresholds: {
						type: "object",
						properties: {
							mode: {
								type: "string",
								enum: ["absolute", "relative"],
							},
							green: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							yellow: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
						},
						additionalProperties: false,
					},
					staleAfter: {
						type: "object",
						properties: {
							daily: {
								oneOf: [
									{
										type: "object",
										properties: {
											days: {
												type: "integer",
												minimum: 0,
												maximum: 9007199254740991,
											},
										},
										required: ["days"],
										additionalProperties: false,
									},
									{
										type: "object",
										properties: {
											months: {
												type: "integer",
												minimum: 0,
												maximum: 9007199254740991,
											},
										},
										required: ["months"],
										additionalProperties: false,
									},
								],
							},
							weekly: {
								oneOf: [
									{
										type: "object",
										properties: {
											days: {
												type: "integer",
												minimum: 0,
												maximum: 9007199254740991,
											},
										},
										required: ["days"],
										additionalProperties: false,
									},
									{
										type: "object",
										properties: {
											months: {
												type: "integer",
												minimum: 0,
												maximum: 9007199254740991,
											},
										},
										required: ["months"],
										additionalProperties: false,
									},
								],
							},
							monthly: {
								oneOf: [
									{
										type: "object",
										properties: {
											days: {
												type: "integer",
												minimum: 0,
												maximum: 9007199254740991,
											},
										},
										required: ["days"],
										additionalProperties: false,
									},
									{
										type: "object",
										properties: {
											months: {
												type: "integer",
												minimum: 0,
												maximum: 9007199254740991,
											},
										},
										required: ["months"],
										additionalProperties: false,
									},
								],
							},
							quarterly: {
								oneOf: [
									{
										type: "object",
										properties: {
											days: {
												type: "integer",
												minimum: 0,
												maximum: 9007199254740991,
											},
										},
										required: ["days"],
										additionalProperties: false,
									},
									{
										type: "object",
										properties: {
											months: {
												type: "integer",
												minimum: 0,
												maximum: 9007199254740991,
											},
										},
										required: ["months"],
										additionalProperties: false,
									},
								],
							},
						},
						additionalProperties: false,
					},
					confirmations: {
						type: "integer",
						minimum: 0,
						maximum: 9007199254740991,
					},
				},
				additionalProperties: false,
			},
			rollup: {
				type: "object",
				properties: {
					source: {
						type: "string",
						enum: ["keyResults", "children", "both"],
					},
					rootLevels: {
						type: "array",
						items: {
							type: "string",
						},
					},
				},
				additionalProperties: false,
			},
			lint: {
				type: "object",
				properties: {
					maxObjectivesPerOwner: {
						type: "integer",
						minimum: 0,
						maximum: 9007199254740991,
					},
					minKeyResults: {
						type: "integer",
						minimum: 0,
						maximum: 9007199254740991,
					},
					maxKeyResults: {
						type: "integer",
						minimum: 0,
						maximum: 9007199254740991,
					},
					kpiInDisguiseMove: {
						anyOf: [
							{
								type: "number",
							},
							{
								type: "string",
								pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
								maxLength: 500,
							},
						],
					},
					maxKpisPerOwner: {
						type: "integer",
						minimum: 0,
						maximum: 9007199254740991,
					},
					staleKpiMonths: {
						type: "integer",
						minimum: 0,
						maximum: 9007199254740991,
					},
					notAmbitiousCycles: {
						type: "integer",
						minimum: 0,
						maximum: 9007199254740991,
					},
				},
				additionalProperties: false,
			},
			health: {
				type: "object",
				properties: {
					achievementRate: {
						type: "object",
						properties: {
							min: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							max: {
								anyOf: [
									{
										anyOf: [
											{
												type: "number",
											},
											{
												type: "string",
												pattern:
													"^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
												maxLength: 500,
											},
										],
									},
									{
										type: "null",
									},
								],
							},
						},
						additionalProperties: false,
					},
					checkInCompliance: {
						type: "object",
						properties: {
							min: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							max: {
								anyOf: [
									{
										anyOf: [
											{
												type: "number",
											},
											{
												type: "string",
												pattern:
													"^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
												maxLength: 500,
											},
										],
									},
									{
										type: "null",
									},
								],
							},
						},
						additionalProperties: false,
					},
					kpisOnTime: {
						type: "object",
						properties: {
							min: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							max: {
								anyOf: [
									{
										anyOf: [
											{
												type: "number",
											},
											{
												type: "string",
												pattern:
													"^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
												maxLength: 500,
											},
										],
									},
									{
										type: "null",
									},
								],
							},
						},
						additionalProperties: false,
					},
					connectedShare: {
						type: "object",
						properties: {
							min: {
								anyOf: [
									{
										type: "number",
									},
									{
										type: "string",
										pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
										maxLength: 500,
									},
								],
							},
							max: {
								anyOf: [
									{
										anyOf: [
											{
												type: "number",
											},
											{
												type: "string",
												pattern:
													"^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
												maxLength: 500,
											},
										],
									},
									{
										type: "null",
									},
								],
							},
						},
						additionalProperties: false,
					},
				},
				additionalProperties: false,
			},
			confidence: {
				type: "object",
				properties: {
					red: {
						anyOf: [
							{
								type: "number",
							},
							{
								type: "string",
								pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
								maxLength: 500,
							},
						],
					},
					yellow: {
						anyOf: [
							{
								type: "number",
							},
							{
								type: "string",
								pattern: "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$",
								maxLength: 500,
							},
						],
					},
				},
				additionalProperties: false,
			},
			risk: {
				type: "object",
				properties: {
					checkInDays: {
						type: "integer",
						minimum: 0,
						maximum: 9007199254740991,
					},
				},
				additionalProperties: false,
			},
		},
		additionalProperties: false,
	},
};
