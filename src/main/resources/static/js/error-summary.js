// Moves the focus to a form's error summary when the page opens, as the GOV.UK design system does, so that a
// keyboard or screen reader user starts from the list of problems; a link of the list focuses its field with the
// field's label or legend in view: following the link alone puts the field at the window's top edge and its label
// just out of sight. Without JavaScript the summary is still the first thing in the form, role="alert" announces it,
// and the links lead to the fields.
(function () {
	'use strict';

	function labelOf(field) {
		var label = document.querySelector('label[for="' + field.id + '"]');
		var group = field.closest('fieldset');
		return label || (group && group.querySelector('legend')) || field;
	}

	document.addEventListener('DOMContentLoaded', function () {
		var summary = document.querySelector('[data-error-summary]');
		if (!summary) {
			return;
		}
		summary.focus();
		summary.addEventListener('click', function (event) {
			var link = event.target.closest('a[href^="#"]');
			var field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
			if (!field) {
				return;
			}
			event.preventDefault();
			labelOf(field).scrollIntoView();
			field.focus({ preventScroll: true });
		});
	});
}());
