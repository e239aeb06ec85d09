package hu.gyakorlattar.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluatorRepository extends JpaRepository<Evaluator, String> {

	List<Evaluator> findAllByOrderByEmail();

}
