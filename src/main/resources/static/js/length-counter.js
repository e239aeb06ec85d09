// Shows "123 / 1000 karakter" under every field with data-max-length as the applicant types, and marks a field
// that is over its limit. The server checks the limits anyway; without JavaScript the page shows the limits only.
(function () {
	'use strict';

	function length(text) {
		// Characters as people (and the server) count them: code points, line breaks as one.
		return Array.from(text.replace(/\r\n/g, '\n').trim()).length;
	}

	function attach(field) {
		var counter = document.getElementById(field.id + '-counter');
		if (!counter) {
			return;
		}
		var max = parseInt(field.getAttribute('data-max-length'), 10);
		var template = counter.getAttribute('data-template') || '{0} / {1}';
		function update() {
			var used = length(field.value);
			counter.textContent = template.replace('{0}', String(used)).replace('{1}', String(max));
			counter.classList.toggle('over-limit', used > max);
		}
		field.addEventListener('input', update);
		update();
	}

	document.addEventListener('DOMContentLoaded', function () {
		Array.prototype.forEach.call(document.querySelectorAll('[data-max-length]'), attach);
	});
}());
