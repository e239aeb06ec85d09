package hu.gyakorlattar.transfer;

import java.util.List;

import jakarta.validation.constraints.Size;

/** The practice's outcome indicators as typed: up to three names, each with its unit. */
record IndicatorsForm(@Size(max = 120) String name1, @Size(max = 40) String unit1, @Size(max = 120) String name2,
		@Size(max = 40) String unit2, @Size(max = 120) String name3, @Size(max = 40) String unit3) {

	IndicatorsForm {
		name1 = TransferPlan.stripped(name1);
		unit1 = TransferPlan.stripped(unit1);
		name2 = TransferPlan.stripped(name2);
		unit2 = TransferPlan.stripped(unit2);
		name3 = TransferPlan.stripped(name3);
		unit3 = TransferPlan.stripped(unit3);
	}

	static IndicatorsForm of(List<Indicator> indicators) {
		String[] typed = new String[6];
		java.util.Arrays.fill(typed, "");
		for (Indicator indicator : indicators) {
			typed[(indicator.getPosition() - 1) * 2] = indicator.getName();
			typed[(indicator.getPosition() - 1) * 2 + 1] = indicator.getUnit();
		}
		return new IndicatorsForm(typed[0], typed[1], typed[2], typed[3], typed[4], typed[5]);
	}

	String name(int position) {
		return List.of(this.name1, this.name2, this.name3).get(position - 1);
	}

	String unit(int position) {
		return List.of(this.unit1, this.unit2, this.unit3).get(position - 1);
	}

}
