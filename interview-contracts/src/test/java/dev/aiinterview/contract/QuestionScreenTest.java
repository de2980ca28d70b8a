package dev.aiinterview.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.FlagCategory;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import dev.aiinterview.api.QuestionType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionScreenTest {

    private final QuestionScreen screen = new QuestionScreen();

    private List<QuestionFlag> screen(String text) {
        return screen.screen(List.of(new Question("q1", QuestionType.BEHAVIORAL, "t1", text, "")));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "How old are you?|AGE",
            "What year did you graduate from high school?|AGE",
            "Do you have children?|FAMILY",
            "Are you planning to start a family soon?|FAMILY",
            "What religion do you practise?|RELIGION",
            "Where are you originally from?|NATIONALITY",
            "Is English your first language?|NATIONALITY",
            "Do you have any disabilities?|DISABILITY",
            "How many sick days did you take last year?|HEALTH",
            "As a woman, how would you lead this team?|GENDER",
            "Are you gay?|SEXUAL_ORIENTATION",
            "Who did you vote for?|OTHER",
            "Don't you agree that code review is a waste of time?|LEADING",
            "You must have used Kubernetes a lot, right?|LEADING"})
    void questionsAboutProtectedCharacteristicsOrThatLeadAreFlagged(String text, FlagCategory category) {
        assertThat(screen(text)).extracting(QuestionFlag::category).contains(category);
        assertThat(screen(text)).allSatisfy(f -> {
            assertThat(f.reason()).isNotBlank();
            assertThat(f.suggestedRewrite()).isNotBlank();
            assertThat(screen(f.suggestedRewrite())).as("the rewrite of '%s' is clean", text).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tell me about a time you explained a care plan to a patient's family.",
            "How do you keep health records accurate in Epic?",
            "Describe how you adapted a lesson for students with dyslexia.",
            "Which languages can you work in for this role?",
            "What would you do if a deployment failed during the night?",
            "How do you decide when a senior citizen needs a social-care referral?"})
    void ordinaryJobQuestionsThatMentionTheSameWordsPass(String text) {
        assertThat(screen(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How old are you, and how do you tune PostgreSQL?|How do you tune PostgreSQL?",
            "Do you have kids? What would you do if a release slipped a week?|What would you do if a release slipped a week?"})
    void theJobRelatedPartOfAFlaggedQuestionIsKeptAsTheRewrite(String text, String rewrite) {
        assertThat(screen(text)).singleElement().extracting(QuestionFlag::suggestedRewrite).isEqualTo(rewrite);
    }
}
