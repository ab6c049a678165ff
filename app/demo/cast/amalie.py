"""Amalie, 22: on youth allowance from the jobcentre, on her way to an education."""

from __future__ import annotations

from app.demo.cast.writer import (
    DEADLINES_PAGE,
    DONE,
    HELD,
    IN_PROGRESS,
    JEPPE,
    JONAS,
    LONG,
    PLANNED,
    SARA,
    SHORT,
    TO_DO,
    CaseSpec,
    StoryWriter,
)
from app.demo.fictional import meeting_link
from app.demo.fjordby import JOBCENTRE
from app.demo.story import (
    ActivityDraft,
    AppointmentDraft,
    CaseDraft,
    DeadlineDraft,
    GoalDraft,
    PlanDraft,
    RelationDraft,
    Situation,
    Story,
    SummaryDraft,
)
from app.model import CaseStatus, GoalStatus, PlanArea, RelationRole

NUMBER = 3
GOALS_MEETING = "maal"
GUIDANCE_MEETING = "sosu"
_YOUTH_TEAM = "Ungeteamet, Jobcenter Fjordby"


class Amalie(StoryWriter):
    def story(self) -> Story:
        return Story(
            number=NUMBER,
            person=self.person(
                "Amalie Kristensen", self.clock.born(22, 250), Situation.YOUTH_ALLOWANCE
            ),
            relations=self._relations(),
            appointments=self._appointments(),
            plans=(self._my_plan(), self._choice_of_education()),
            cases=self._cases(),
            deadlines=self._deadlines(),
        )

    def _relations(self) -> tuple[RelationDraft, ...]:
        return (
            self.helps(
                SARA,
                "Din faste kontakt i Jobcentret. "
                "Hun hjælper dig mod en uddannelse og sørger for din sag.",
                since=300,
                primary=True,
            ),
            self.helps(JEPPE, "Din mentor. Han hjælper dig med at holde fast.", since=90),
            self.helps(JONAS, "Hjælper dig med at vælge uddannelse og søge ind.", since=60),
            self.attached(
                RelationRole.JOBCENTRE,
                JOBCENTRE,
                "Jobcentret. Her har du dine samtaler om job og uddannelse.",
                since=300,
            ),
        )

    def _appointments(self) -> tuple[AppointmentDraft, ...]:
        clock, jobcentre = self.clock, self.venue(JOBCENTRE)
        return (
            AppointmentDraft(
                key=GOALS_MEETING,
                title="Samtale om dine mål",
                slot=clock.slot(-25, "10:00", 60),
                status=HELD,
                organiser=SARA.key,
                purpose="Vi taler om, hvad du gerne vil. Og hvordan du kommer derhen.",
                agenda="1. Hvordan går det?\n2. Hvad drømmer du om?\n3. Din plan",
                preparation="Tænk over, hvad du er god til.",
                place=jobcentre,
                room="Mødelokale 1",
            ),
            AppointmentDraft(
                key=GUIDANCE_MEETING,
                title="Vejledning om SOSU på video",
                slot=clock.slot(-10, "13:00", 45),
                status=HELD,
                organiser=JONAS.key,
                purpose="Du får svar på dine spørgsmål om uddannelsen.",
                agenda="1. Hvad lærer man?\n2. Hvordan søger du ind?\n3. Penge under uddannelsen",
                preparation="Skriv dine spørgsmål ned.",
                online_link=meeting_link("ama-jon-sos"),
            ),
            AppointmentDraft(
                key="plan-video",
                title="Opfølgning på din plan på video",
                slot=clock.slot(3, "09:30", 60),
                status=PLANNED,
                organiser=SARA.key,
                purpose="Vi ser på, hvor langt du er med din plan.",
                agenda="1. Dansk hos FVU\n2. Din ansøgning\n3. Hvordan går det med Jeppe?",
                preparation="Find et roligt sted. Klik på linket fem minutter før.",
                online_link=meeting_link("ama-sar-pla"),
                participants=(self.joins(JEPPE),),
            ),
            AppointmentDraft(
                key="faelles",
                title="Fælles møde om din start på uddannelsen",
                slot=clock.slot(15, "11:00", 90),
                status=PLANNED,
                organiser=SARA.key,
                purpose="Vi lægger en plan for sommeren, så du er klar til at starte.",
                agenda="1. Svar på din ansøgning\n2. Penge, når du starter\n"
                "3. Hjælp fra Jeppe i starten\n4. Næste skridt",
                preparation="Tag svaret på din ansøgning med, hvis du har fået det.",
                place=jobcentre,
                room="Mødelokale 2",
                participants=(self.joins(JEPPE), self.joins(JONAS)),
            ),
        )

    def _my_plan(self) -> PlanDraft:
        clock = self.clock
        return PlanDraft(
            key="min-plan",
            area=PlanArea.EMPLOYMENT,
            title="Min Plan: Uddannelse som social- og sundhedsassistent",
            owner=SARA.key,
            starts_on=clock.days(-120),
            ends_on=clock.days(200),
            goals=(
                GoalDraft(
                    "sosu",
                    LONG,
                    "Starte på SOSU-uddannelsen til august",
                    "Du søger ind og starter på uddannelsen.",
                    progress=30,
                    target_on=clock.days(170),
                ),
                GoalDraft(
                    "dansk",
                    SHORT,
                    "Blive bedre til dansk",
                    "Du går til dansk hos FVU en gang om ugen.",
                    progress=50,
                    target_on=clock.days(60),
                ),
            ),
            activities=(
                ActivityDraft(
                    "Gå til dansk hver tirsdag",
                    "Holdet er kl. 9 på Skolevej 4.",
                    clock.days(60),
                    IN_PROGRESS,
                    goal="dansk",
                ),
                ActivityDraft(
                    "Søg ind på SOSU-uddannelsen",
                    "Jonas hjælper dig med at søge.",
                    clock.workday(20),
                    TO_DO,
                    goal="sosu",
                ),
                ActivityDraft(
                    "Sørg for, at du får en mentor",
                    "Sara finder en mentor til dig.",
                    clock.days(-92),
                    DONE,
                    goal="sosu",
                    responsible=SARA.key,
                    completed_at=clock.at(clock.workday(-66), "13:00"),
                ),
            ),
            summaries=(
                SummaryDraft(
                    GOALS_MEETING,
                    SARA.key,
                    "Samtale om dine mål",
                    "Du vil gerne arbejde med ældre. Du har prøvet det i et sommerjob. "
                    "Vi aftalte, at du går til dansk. Du får en mentor. Han hedder Jeppe. "
                    "Vi ses igen om en måned.",
                ),
            ),
        )

    def _choice_of_education(self) -> PlanDraft:
        clock = self.clock
        return PlanDraft(
            key="valg",
            area=PlanArea.EDUCATION,
            title="Dit valg af uddannelse",
            owner=JONAS.key,
            starts_on=clock.days(-60),
            ends_on=clock.days(60),
            goals=(
                GoalDraft(
                    "besoeg",
                    SHORT,
                    "Besøge to uddannelser",
                    "Du ser, hvordan en dag på skolen er.",
                    progress=100,
                    target_on=clock.days(-5),
                    status=GoalStatus.REACHED,
                ),
            ),
            activities=(
                ActivityDraft(
                    "Book et besøg på SOSU-skolen",
                    "Jonas ringer til skolen.",
                    clock.days(-20),
                    DONE,
                    goal="besoeg",
                    responsible=JONAS.key,
                    completed_at=clock.at(clock.workday(-16), "10:00"),
                ),
                ActivityDraft(
                    "Vær med en dag på SOSU-skolen",
                    "Mød ind kl. 8.15 i receptionen.",
                    clock.days(-12),
                    DONE,
                    goal="besoeg",
                    completed_at=self.evening(12),
                ),
            ),
            summaries=(
                SummaryDraft(
                    GUIDANCE_MEETING,
                    JONAS.key,
                    "Vejledning om SOSU",
                    "Du vil gerne arbejde med mennesker. Vi talte om SOSU. "
                    "Du får løn, mens du går i skole. Du skal søge ind inden for en måned. "
                    "Jeg hjælper dig med at søge.",
                ),
            ),
        )

    def _cases(self) -> tuple[CaseDraft, ...]:
        return self.cases(
            NUMBER,
            CaseSpec(
                "hjaelp",
                "15.62.15",
                "Uddannelseshjælp",
                CaseStatus.IN_PROGRESS,
                _YOUTH_TEAM,
                opened_days_ago=300,
            ),
            CaseSpec(
                "samtaler",
                "15.20.20",
                "Dine samtaler med Jobcentret",
                CaseStatus.IN_PROGRESS,
                _YOUTH_TEAM,
                opened_days_ago=300,
            ),
            CaseSpec(
                "mentor",
                "15.20.36",
                "Mentor",
                CaseStatus.DECIDED,
                _YOUTH_TEAM,
                opened_days_ago=95,
            ),
        )

    def _deadlines(self) -> tuple[DeadlineDraft, ...]:
        return (
            DeadlineDraft(
                "loensedler",
                "Send lønsedler fra dit fritidsjob",
                "Vi skal bruge dem for at regne dine penge ud.",
                self.noon(6),
                DEADLINES_PAGE,
                case="hjaelp",
            ),
            DeadlineDraft(
                "ansoegning",
                "Søg ind på SOSU-uddannelsen",
                "Jonas kan hjælpe dig med at søge.",
                self.noon(20),
                DEADLINES_PAGE,
            ),
        )
