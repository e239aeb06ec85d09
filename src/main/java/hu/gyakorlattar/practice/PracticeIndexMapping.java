package hu.gyakorlattar.practice;

import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.IndexingDependencyOptionsStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingFullTextFieldOptionsStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's search index, one document per published {@link Practice}: its
 * Hungarian texts with word starts for compounds, its English texts, its words for
 * spelling suggestions, the owners and the themes as facets, and what results are sorted
 * by. A value computed from other properties names them, so that a change to them
 * reindexes the practice. Drafts are not indexed ({@link PublishedOnly}).
 */
@Component
class PracticeIndexMapping implements HibernateOrmSearchMappingConfigurer, HibernatePropertiesCustomizer {

	/**
	 * Raised with every change to the fields below: an index written by another mapping
	 * is rebuilt once at start ({@link SearchIndexOnStart}). 2: the combined text fields;
	 * 3: the id in the doc values; 4: the published practices only; 5: "idős" no longer
	 * indexed with the root "idő" ({@link HungarianWords}).
	 */
	static final int VERSION = 5;

	/**
	 * The practice's id, read from the doc values of a page's hits
	 * ({@link EmbeddedIndexSearch}).
	 */
	static final String ID_FIELD = "practiceId";

	/** The mapping version each index entry was written by. */
	static final String VERSION_FIELD = "mappingVersion";

	@Override
	public void customize(Map<String, Object> properties) {
		properties.put("hibernate.search.mapping.configurer", this);
		// The mapping is all here: without this, every start built an index of every
		// class's annotations to look for mapping annotations there are none of.
		properties.put("hibernate.search.mapping.process_annotations", false);
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep practice = context.programmaticMapping().type(Practice.class);
		practice.indexed().index("practice").routingBinder(new PublishedOnly());

		hungarianPrefix(hungarian(practice.property("title")).projectable(Projectable.YES), "title_prefix");
		hungarianPrefix(hungarian(practice.property("summary")).projectable(Projectable.YES), "summary_prefix");
		hungarian(derived(practice, "body", "story")).projectable(Projectable.YES);
		hungarian(practice.property("tags")).keywordField("tag_keyword").aggregable(Aggregable.YES);
		hungarian(derived(practice, "placeAndTheme", "municipalities", "themes"));

		english(derived(practice, "titleEn", "english")).projectable(Projectable.YES);
		english(derived(practice, "summaryEn", "english")).projectable(Projectable.YES);
		english(derived(practice, "bodyEn", "english")).projectable(Projectable.YES);
		english(derived(practice, "themesEn", "themes"));
		practice.binder(new CombinedText());

		derived(practice, "vocabulary", "title", "summary", "tags", "story", "english").fullTextField()
			.analyzer(HungarianAnalysis.WORDS)
			.norms(Norms.NO);

		practice.property("id").genericField(ID_FIELD).sortable(Sortable.YES);
		derived(practice, "publishedAt", "publication").genericField().sortable(Sortable.YES);
		practice.property("cycleYear").genericField().aggregable(Aggregable.YES);
		practice.property("awardLevel").genericField().aggregable(Aggregable.YES);
		derived(practice, "themeIds", "themes").genericField().aggregable(Aggregable.YES);
		derived(practice, "counties", "municipalities").keywordField().aggregable(Aggregable.YES);
		derived(practice, "legalStatuses", "municipalities").keywordField().aggregable(Aggregable.YES);
		derived(practice, "populationBands", "municipalities").keywordField().aggregable(Aggregable.YES);
		derived(practice, "leadPopulation", "municipalities").genericField().sortable(Sortable.YES);

		// The start-up check finds a practice whose index entry is older than its row.
		practice.property("version").genericField().projectable(Projectable.YES);
		practice.binder(new MappingVersion());
	}

	/**
	 * One field per language with the title, summary, tags and story together: a search
	 * looks for each of a word's stems, prefixes and thesaurus terms in one field instead
	 * of one per text (the profile at 100,000 practices: the disjunctions over five
	 * fields, ten in English, were the largest share of a search's time).
	 */
	private static final class CombinedText implements TypeBinder {

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().use("title").use("summary").use("tags").use("story").use("english");
			IndexSchemaElement schema = context.indexSchemaElement();
			IndexFieldReference<String> hungarian = schema
				.field(SearchFields.TEXT,
						(f) -> f.asString().analyzer(HungarianAnalysis.TEXT).searchAnalyzer(HungarianAnalysis.QUERY))
				.multiValued()
				.toReference();
			IndexFieldReference<String> english = schema
				.field(SearchFields.TEXT_EN,
						(f) -> f.asString().analyzer(EnglishAnalysis.ENGLISH).searchAnalyzer(EnglishAnalysis.QUERY))
				.multiValued()
				.toReference();
			context.bridge(Practice.class, (target, practice, write) -> {
				target.addValue(hungarian, practice.getTitle());
				target.addValue(hungarian, practice.getSummary());
				practice.getTags().forEach((tag) -> target.addValue(hungarian, tag));
				target.addValue(hungarian, practice.getBody());
				List.of(practice.getTitleEn(), practice.getSummaryEn(), practice.getBodyEn())
					.forEach((text) -> target.addValue(english, text));
			});
		}

	}

	/**
	 * The index holds what the public may find: a draft is not indexed, and a practice
	 * withdrawn leaves it. So no search needs to filter drafts out (a filter every query
	 * paid for), and a word only a draft has is unknown to the spelling suggestions, as
	 * it is to the results.
	 */
	private static final class PublishedOnly implements RoutingBinder, RoutingBridge<Practice> {

		@Override
		public void bind(RoutingBindingContext context) {
			context.dependencies().use("publication");
			context.bridge(Practice.class, this);
		}

		@Override
		public void route(DocumentRoutes routes, Object id, Practice practice, RoutingBridgeRouteContext context) {
			if (practice.isPublished()) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object id, Practice practice,
				RoutingBridgeRouteContext context) {
			// Published before or not: removing an entry that is not there does no harm.
			routes.addRoute();
		}

	}

	private static final class MappingVersion implements TypeBinder {

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().useRootOnly();
			IndexFieldReference<Integer> field = context.indexSchemaElement()
				.field(VERSION_FIELD, (f) -> f.asInteger().projectable(Projectable.YES))
				.toReference();
			context.bridge(Practice.class, (target, practice, write) -> target.addValue(field, VERSION));
		}

	}

	/** A getter's value computed from these persistent properties. */
	private static PropertyMappingStep derived(TypeMappingStep practice, String property, String... derivedFrom) {
		IndexingDependencyOptionsStep dependency = practice.property(property).indexingDependency();
		for (String source : derivedFrom) {
			dependency.derivedFrom(PojoModelPath.parse(source));
		}
		return dependency;
	}

	private static PropertyMappingFullTextFieldOptionsStep hungarian(PropertyMappingStep property) {
		return property.fullTextField().analyzer(HungarianAnalysis.TEXT).searchAnalyzer(HungarianAnalysis.QUERY);
	}

	private static void hungarianPrefix(PropertyMappingStep property, String field) {
		property.fullTextField(field).analyzer(HungarianAnalysis.PREFIX).searchAnalyzer(HungarianAnalysis.PREFIX_QUERY);
	}

	private static PropertyMappingFullTextFieldOptionsStep english(PropertyMappingStep property) {
		return property.fullTextField().analyzer(EnglishAnalysis.ENGLISH).searchAnalyzer(EnglishAnalysis.QUERY);
	}

}
