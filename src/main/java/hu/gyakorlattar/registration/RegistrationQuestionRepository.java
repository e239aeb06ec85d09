package hu.gyakorlattar.registration;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationQuestionRepository extends JpaRepository<RegistrationQuestion, Long> {

	List<RegistrationQuestion> findByRegistrationIdOrderByAskedAtAscIdAsc(long registrationId);

	List<RegistrationQuestion> findByRegistrationIdInOrderByAskedAtAscIdAsc(Collection<Long> registrationIds);

}
