import { defineCollection } from 'astro:content';
import { mdxFolder } from './loaders/mdx-folder.ts';
import { yamlCollection } from './loaders/yaml-collection.ts';
import { DATA_FILES, overviewSchema, sectionSchema } from './data/schemas.ts';

const { sources, people, quotes, timeline, glossary, members, spellings, briefing, corrections } = DATA_FILES;
const loader = ({ file, shape, schema }: (typeof DATA_FILES)[keyof typeof DATA_FILES]) => yamlCollection(`./${file}`, shape, schema);

/* The briefing's content as Astro collections; what each holds is in src/data/schemas.ts. */
export const collections = {
	sections: defineCollection({ loader: mdxFolder('./content/sections', sectionSchema), schema: sectionSchema }),
	overview: defineCollection({ loader: mdxFolder('./content', overviewSchema, 'overview.mdx'), schema: overviewSchema }),
	sources: defineCollection({ loader: loader(sources), schema: sources.schema }),
	people: defineCollection({ loader: loader(people), schema: people.schema }),
	quotes: defineCollection({ loader: loader(quotes), schema: quotes.schema }),
	timeline: defineCollection({ loader: loader(timeline), schema: timeline.schema }),
	glossary: defineCollection({ loader: loader(glossary), schema: glossary.schema }),
	members: defineCollection({ loader: loader(members), schema: members.schema }),
	spellings: defineCollection({ loader: loader(spellings), schema: spellings.schema }),
	briefing: defineCollection({ loader: loader(briefing), schema: briefing.schema }),
	corrections: defineCollection({ loader: loader(corrections), schema: corrections.schema }),
};
