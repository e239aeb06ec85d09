// Moves the focus to a form's error summary when the page opens, as the GOV.UK design system does, so that a
// keyboard or screen reader user starts from the list of problems. Without JavaScript the summary is still the
// first thing in the form and role="alert" announces it.
(function () {
	'use strict';

	document.addEventListener('DOMContentLoaded', function () {
		var summary = document.querySelector('[data-error-summary]');
		if (summary) {
			summary.focus();
		}
	});
}());
