package hu.gyakorlattar.transfer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An outcome a practice's owners want to hear about from those who take it up (e.g.
 * people served, cost, hours saved), asked at every check-in.
 */
@Entity
@Table(name = "transfer_indicator")
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long practiceId;

	private int position;

	private String name;

	private String unit;

	protected Indicator() {
	}

	Indicator(long practiceId, int position, String name, String unit) {
		this.practiceId = practiceId;
		this.position = position;
		rename(name, unit);
	}

	void rename(String name, String unit) {
		this.name = name;
		this.unit = unit;
	}

	Long getId() {
		return this.id;
	}

	long getPracticeId() {
		return this.practiceId;
	}

	int getPosition() {
		return this.position;
	}

	String getName() {
		return this.name;
	}

	String getUnit() {
		return this.unit;
	}

}
