// Live search replaces the results with their count; the count is then said aloud through a status line that stays
// on the page (a screen reader may not announce a status that has just been inserted). Without JavaScript the page
// loads whole and reads its count itself.
(function () {
	'use strict';

	document.addEventListener('htmx:afterSettle', function () {
		var count = document.querySelector('#talalatok .result-count');
		var status = document.getElementById('talalatok-allapot');
		if (count && status) {
			status.textContent = count.textContent.replace(/\s+/g, ' ').trim();
		}
	});
}());
