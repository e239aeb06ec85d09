/**
 * Calls for applications (pályázati felhívás): one per programme cycle and theme, with
 * the call text, eligibility, opening and deadline, the application form's sections with
 * their length limits, and the evaluation criteria with weights and scoring scale that
 * are published with the call. Other modules read a call through
 * {@link hu.gyakorlattar.call.CallManagement} as a {@link hu.gyakorlattar.call.CallView}.
 */
@NullMarked
package hu.gyakorlattar.call;

import org.jspecify.annotations.NullMarked;
