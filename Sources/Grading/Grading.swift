// The grader: workspace, compiling learner code, running it under limits, verdicts.
