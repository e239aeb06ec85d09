package hu.gyakorlattar.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationPlanRepository extends JpaRepository<EvaluationPlan, Long> {

}
