// Live search replaces the results with their count; the count is then said aloud through a status line that stays
// on the page (a screen reader may not announce a status that has just been inserted). Without JavaScript the page
// loads whole and reads its count itself, and its link to the other language holds its address.
(function () {
	'use strict';

	// The address a live search pushes is the page's new state: the link to the other language keeps it too.
	document.addEventListener('htmx:pushedIntoHistory', function () {
		document.querySelectorAll('a[hreflang]').forEach(function (link) {
			var parameters = new URLSearchParams(window.location.search);
			parameters.set('lang', link.getAttribute('hreflang'));
			link.setAttribute('href', '?' + parameters.toString());
		});
	});

	document.addEventListener('htmx:afterSettle', function () {
		var count = document.querySelector('#talalatok .result-count');
		var status = document.getElementById('talalatok-allapot');
		if (count && status) {
			status.textContent = count.textContent.replace(/\s+/g, ' ').trim();
		}
	});
}());
