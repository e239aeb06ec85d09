package hu.gyakorlattar.practice;

import java.util.List;

/** One page of a search's matches, with their number and facet counts. */
record SearchPage(List<Practice> hits, long total, FacetCounts facets) {

}
