"""Sofie, 17: on a vocational education and at risk of dropping out."""

from __future__ import annotations

from app.demo.cast.writer import (
    CANCELLED,
    DONE,
    HELD,
    HENRIK,
    IN_PROGRESS,
    KARINA,
    LONG,
    METTE,
    PLANNED,
    SHORT,
    TO_DO,
    CaseSpec,
    StoryWriter,
)
from app.demo.fictional import meeting_link
from app.demo.fjordby import VOCATIONAL_SCHOOL, YOUTH_GUIDANCE
from app.demo.story import (
    ActivityDraft,
    AppointmentDraft,
    CaseDraft,
    DeadlineDraft,
    GoalDraft,
    ParticipantDraft,
    PlanDraft,
    RelationDraft,
    Situation,
    Story,
    SummaryDraft,
)
from app.model import CaseStatus, GoalStatus, PlanArea, RelationRole

NUMBER = 1
ABSENCE_MEETING = "fravaer"
FIRST_MENTOR_MEETING = "mentor-start"


class Sofie(StoryWriter):
    def story(self) -> Story:
        return Story(
            number=NUMBER,
            person=self.person(
                "Sofie Lund Andersen", self.clock.born(17, 143), Situation.IN_SCHOOL
            ),
            relations=self._relations(),
            appointments=self._appointments(),
            plans=(self._plan(),),
            cases=self._cases(),
            deadlines=self._deadlines(),
        )

    def _relations(self) -> tuple[RelationDraft, ...]:
        return (
            self.helps(
                METTE,
                "Din faste kontakt i Ungeindsatsen. "
                "Hun hjælper dig med at blive på din uddannelse.",
                since=200,
                primary=True,
            ),
            self.helps(HENRIK, "Din kontaktlærer. Tal med ham om skema og fravær.", since=190),
            self.helps(KARINA, "Din mentor. Hun hjælper dig godt i gang om morgenen.", since=25),
            self.attached(
                RelationRole.SCHOOL,
                VOCATIONAL_SCHOOL,
                "Din skole. Her går du på grundforløbet til mekaniker.",
                since=190,
            ),
        )

    def _appointments(self) -> tuple[AppointmentDraft, ...]:
        clock, school = self.clock, self.venue(VOCATIONAL_SCHOOL)
        return (
            AppointmentDraft(
                key=ABSENCE_MEETING,
                title="Samtale om dit fravær",
                slot=clock.slot(-15, "10:00", 60),
                status=HELD,
                organiser=HENRIK.key,
                purpose="Vi vil finde ud af, hvorfor det er svært at komme i skole. "
                "Og hvad der kan hjælpe.",
                agenda="1. Hvordan går det?\n2. Dit fravær de sidste fire uger\n"
                "3. Hvad kan hjælpe dig?\n4. Hvad aftaler vi?",
                preparation="Tænk over, hvilke dage det er svært at komme af sted. "
                "Tag gerne din mor med.",
                place=school,
                room="Lokale B12",
                participants=(self.joins(METTE), ParticipantDraft("Hanne Lund Andersen", "Mor")),
            ),
            AppointmentDraft(
                key=FIRST_MENTOR_MEETING,
                title="Første møde med din mentor",
                slot=clock.slot(-8, "14:00", 45),
                status=HELD,
                organiser=KARINA.key,
                purpose="I skal lære hinanden at kende. Og finde ud af, hvad I skal arbejde med.",
                agenda="1. Hvem er vi?\n2. Hvad er svært lige nu?\n3. Hvordan holder vi kontakt?",
                preparation="Tænk over, hvad du gerne vil have hjælp til.",
                place=self.venue(YOUTH_GUIDANCE),
                room="Mødelokale 2",
            ),
            AppointmentDraft(
                key="skema",
                title="Kort snak om dit nye skema",
                slot=clock.slot(-3, "09:00", 30),
                status=CANCELLED,
                organiser=METTE.key,
                purpose="Vi ser på, om dit nye skema virker for dig.",
                agenda="1. Dit nye skema\n2. Hvordan går morgenerne?",
                preparation="Tag dit skema med.",
                place=self.venue(YOUTH_GUIDANCE),
                room="Mødelokale 1",
            ),
            AppointmentDraft(
                key="opfoelgning",
                title="Opfølgning: Hvordan går det nu?",
                slot=clock.slot(2, "13:00", 60),
                status=PLANNED,
                organiser=METTE.key,
                purpose="Vi ser på, om det er blevet lettere at komme i skole.",
                agenda="1. Dit fravær siden sidst\n2. Morgenerne med Karina\n"
                "3. Dit nye skema\n4. Næste skridt",
                preparation="Se dit fravær i skolens app. Tænk over, hvad der er gået godt.",
                place=school,
                room="Vejledningen, lokale A3",
                participants=(self.joins(HENRIK), self.joins(KARINA)),
            ),
            AppointmentDraft(
                key="mentor-morgen",
                title="Morgenmøde med din mentor på video",
                slot=clock.slot(9, "08:30", 30),
                status=PLANNED,
                organiser=KARINA.key,
                purpose="Et kort møde, før skolen starter. I taler om ugen, der kommer.",
                agenda="1. Hvordan gik ugen?\n2. Hvad skal der ske i næste uge?",
                preparation="Find et roligt sted. Klik på linket fem minutter før.",
                online_link=meeting_link("sof-kar-mor"),
            ),
        )

    def _plan(self) -> PlanDraft:
        clock = self.clock
        return PlanDraft(
            key="skole",
            area=PlanArea.EDUCATION,
            title="Din plan for skolen",
            owner=METTE.key,
            starts_on=clock.days(-30),
            ends_on=clock.days(150),
            goals=(
                GoalDraft(
                    "timer",
                    SHORT,
                    "Komme til alle timer i fire uger",
                    "Du møder op hver dag. Er du syg, skriver du til Henrik.",
                    progress=50,
                    target_on=clock.days(20),
                ),
                GoalDraft(
                    "morgen",
                    SHORT,
                    "Få gode morgener",
                    "Du står op til tiden med hjælp fra Karina.",
                    progress=100,
                    target_on=clock.days(-2),
                    status=GoalStatus.REACHED,
                ),
                GoalDraft(
                    "grundforloeb",
                    LONG,
                    "Blive færdig med grundforløbet",
                    "Du består og kan starte på hovedforløbet som mekaniker.",
                    progress=40,
                    target_on=clock.days(150),
                ),
            ),
            activities=self._activities(),
            summaries=self._summaries(),
        )

    def _activities(self) -> tuple[ActivityDraft, ...]:
        clock = self.clock
        return (
            ActivityDraft(
                "Stil to vækkeure hver aften",
                "Et på telefonen og et ved døren.",
                clock.days(-6),
                DONE,
                goal="morgen",
                completed_at=self.evening(6),
            ),
            ActivityDraft(
                "Skriv til Henrik, hvis du er syg",
                "Skriv før kl. 8 i skolens app.",
                clock.days(20),
                IN_PROGRESS,
                goal="timer",
            ),
            ActivityDraft(
                "Lav et nyt skema med færre huller",
                "Henrik laver det sammen med dig.",
                clock.workday(3),
                TO_DO,
                goal="timer",
                responsible=HENRIK.key,
            ),
            ActivityDraft(
                "Find en læreplads til hovedforløbet",
                "Mette viser dig, hvor du kan søge.",
                clock.days(120),
                TO_DO,
                goal="grundforloeb",
            ),
            ActivityDraft(
                "Sæt et fast møde op med Karina hver uge",
                "Karina sender dig tiderne.",
                clock.days(-7),
                DONE,
                goal="morgen",
                responsible=KARINA.key,
                completed_at=self.evening(8),
            ),
        )

    def _summaries(self) -> tuple[SummaryDraft, ...]:
        return (
            SummaryDraft(
                ABSENCE_MEETING,
                HENRIK.key,
                "Møde om dit fravær",
                "Du har haft meget fravær i fire uger. Du siger, at det er svært at sove. "
                "Morgenen er det værste. Vi aftalte, at du får en mentor. "
                "Henrik laver et nyt skema med dig. Din mor hjælper med at vække dig. "
                "Vi ses igen om tre uger.",
            ),
            SummaryDraft(
                FIRST_MENTOR_MEETING,
                KARINA.key,
                "Første møde med Karina",
                "Vi mødtes for første gang. Du kan godt lide biler og at skrue. "
                "Du vil gerne være mekaniker. Vi lavede en plan for morgenen. "
                "Du prøver med to vækkeure. Vi skriver sammen hver morgen kl. 7.",
            ),
        )

    def _cases(self) -> tuple[CaseDraft, ...]:
        return self.cases(
            NUMBER,
            CaseSpec(
                "kontakt",
                "17.27.30",
                "Din kontaktperson i Ungeindsatsen",
                CaseStatus.IN_PROGRESS,
                "Ungeindsatsen Fjordby",
                opened_days_ago=200,
            ),
            CaseSpec(
                "vejledning",
                "17.27.21",
                "Vejledning om valg af uddannelse",
                CaseStatus.CLOSED,
                "Ungeindsatsen Fjordby",
                opened_days_ago=400,
            ),
        )

    def _deadlines(self) -> tuple[DeadlineDraft, ...]:
        return (
            DeadlineDraft(
                "fravaer",
                "Fortæl skolen om dit fravær",
                "Skolen vil vide, hvorfor du var væk i sidste uge. Skriv til Henrik.",
                self.noon(3),
                "https://fjordby-erhvervsskole.example/fravaer",
            ),
        )
