"""Emil, 20: in an internship at a garage, found by the jobcentre."""

from __future__ import annotations

from app.demo.cast.writer import (
    BO,
    DEADLINES_PAGE,
    DONE,
    HELD,
    IN_PROGRESS,
    LONG,
    MARTIN,
    PLANNED,
    RASMUS,
    SHORT,
    TO_DO,
    CaseSpec,
    StoryWriter,
)
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

NUMBER = 2
START_MEETING = "praktik-start"
MIDWAY_MEETING = "praktik-midtvejs"
_YOUTH_TEAM = "Ungeteamet, Jobcenter Fjordby"


class Emil(StoryWriter):
    def story(self) -> Story:
        return Story(
            number=NUMBER,
            person=self.person("Emil Sørensen", self.clock.born(20, 61), Situation.INTERNSHIP),
            relations=self._relations(),
            appointments=self._appointments(),
            plans=(self._plan(),),
            cases=self._cases(),
            deadlines=self._deadlines(),
        )

    def _relations(self) -> tuple[RelationDraft, ...]:
        return (
            self.helps(
                MARTIN,
                "Din faste kontakt i Jobcentret. "
                "Han har fundet din praktik og følger med i, hvordan det går.",
                since=60,
                primary=True,
            ),
            self.helps(BO, "Din praktikvejleder. Spørg ham, hvis du er i tvivl.", since=28),
            self.helps(RASMUS, "Din sagsbehandler. Han sørger for din sag og dine penge.", 180),
            self.attached(
                RelationRole.INTERNSHIP_PLACE,
                BO.organisation,
                "Her er du i praktik i otte uger.",
                since=28,
            ),
            self.attached(
                RelationRole.JOBCENTRE,
                JOBCENTRE,
                "Jobcentret. Her får du hjælp til job og uddannelse.",
                since=190,
            ),
        )

    def _appointments(self) -> tuple[AppointmentDraft, ...]:
        clock, garage = self.clock, self.venue(BO.organisation)
        return (
            AppointmentDraft(
                key=START_MEETING,
                title="Opstart af din praktik",
                slot=clock.slot(-20, "09:00", 60),
                status=HELD,
                organiser=MARTIN.key,
                purpose="Du møder værkstedet og Bo. Vi aftaler, hvad du skal lære.",
                agenda="1. En tur rundt på værkstedet\n2. Dine arbejdstider\n"
                "3. Hvad vil du gerne lære?\n4. Praktikaftalen",
                preparation="Tag arbejdssko med. Husk dit sundhedskort.",
                place=garage,
                room="Kontoret",
                participants=(self.joins(BO),),
            ),
            AppointmentDraft(
                key=MIDWAY_MEETING,
                title="Midtvejssamtale i praktikken",
                slot=clock.slot(-5, "15:00", 30),
                status=HELD,
                organiser=MARTIN.key,
                purpose="Vi ser på, hvordan de første uger er gået.",
                agenda="1. Hvad går godt?\n2. Hvad er svært?\n3. De sidste uger af praktikken",
                preparation="Tænk over, hvad du har lært indtil nu.",
                place=garage,
                room="Kontoret",
                participants=(self.joins(BO),),
            ),
            AppointmentDraft(
                key="sag",
                title="Samtale om din sag i Jobcentret",
                slot=clock.slot(4, "10:30", 45),
                status=PLANNED,
                organiser=RASMUS.key,
                purpose="Vi taler om dine penge, mens du er i praktik. "
                "Og om hvad der skal ske bagefter.",
                agenda="1. Din uddannelseshjælp\n2. Dit timeskema\n3. Planen efter praktikken",
                preparation="Tag dit timeskema med. Tjek dit CV på Jobnet.",
                place=self.venue(JOBCENTRE),
                room="Mødelokale 3",
            ),
            AppointmentDraft(
                key="praktik-slut",
                title="Slutevaluering af praktikken",
                slot=clock.slot(12, "14:00", 60),
                status=PLANNED,
                organiser=MARTIN.key,
                purpose="Vi ser tilbage på praktikken. Og vi taler om en læreplads.",
                agenda="1. Hvad siger Bo?\n2. Hvad har du lært?\n3. Kan du få en læreplads?",
                preparation="Skriv tre ting ned, du er blevet god til.",
                place=garage,
                room="Kontoret",
                participants=(self.joins(BO),),
            ),
        )

    def _plan(self) -> PlanDraft:
        clock = self.clock
        return PlanDraft(
            key="min-plan",
            area=PlanArea.EMPLOYMENT,
            title="Min Plan: Vejen til en læreplads",
            owner=MARTIN.key,
            starts_on=clock.days(-60),
            ends_on=clock.days(180),
            goals=(
                GoalDraft(
                    "praktik",
                    SHORT,
                    "Gennemføre otte ugers praktik",
                    "Du møder hver dag og lærer værkstedet at kende.",
                    progress=60,
                    target_on=clock.days(20),
                ),
                GoalDraft(
                    "truck",
                    SHORT,
                    "Tage et truckcertifikat",
                    "Vi stoppede, fordi værkstedet ikke bruger truck.",
                    progress=10,
                    target_on=clock.days(-10),
                    status=GoalStatus.DROPPED,
                ),
                GoalDraft(
                    "laereplads",
                    LONG,
                    "Få en læreplads som mekaniker",
                    "Du starter på hovedforløbet med en læreplads.",
                    progress=25,
                    target_on=clock.days(240),
                ),
            ),
            activities=self._activities(),
            summaries=self._summaries(),
        )

    def _activities(self) -> tuple[ActivityDraft, ...]:
        clock = self.clock
        return (
            ActivityDraft(
                "Lav et CV på Jobnet",
                "Skriv din praktik på, når du starter.",
                clock.days(-30),
                DONE,
                goal="laereplads",
                completed_at=self.evening(32),
            ),
            ActivityDraft(
                "Send praktikaftalen til Jobcentret",
                "Martin sørger for det.",
                clock.days(-22),
                DONE,
                goal="praktik",
                responsible=MARTIN.key,
                completed_at=clock.at(clock.workday(-17), "11:00"),
            ),
            ActivityDraft(
                "Mød til tiden hver dag",
                "Du møder kl. 7.30. Ring til Bo, hvis du er syg.",
                clock.days(20),
                IN_PROGRESS,
                goal="praktik",
            ),
            ActivityDraft(
                "Spørg Bo, om værkstedet kan tage en lærling",
                "Martin hjælper dig, hvis du vil.",
                clock.days(14),
                TO_DO,
                goal="laereplads",
            ),
            ActivityDraft(
                "Skriv en udtalelse om praktikken",
                "Bo skriver, hvad du er god til.",
                clock.workday(11),
                TO_DO,
                goal="praktik",
                responsible=BO.key,
            ),
        )

    def _summaries(self) -> tuple[SummaryDraft, ...]:
        return (
            SummaryDraft(
                START_MEETING,
                MARTIN.key,
                "Opstart af praktikken",
                "Du starter i praktik hos Fjordby Auto. Du er der i otte uger. "
                "Du møder kl. 7.30 og har fri kl. 15. Bo er din praktikvejleder. "
                "Du vil gerne lære at skifte dæk og bremser.",
            ),
            SummaryDraft(
                MIDWAY_MEETING,
                MARTIN.key,
                "Midtvejssamtale",
                "Det går godt. Du kommer til tiden hver dag. "
                "Bo siger, at du er god til at spørge. "
                "Du synes, de mange nye ord er svære. Bo giver dig en liste med ord. "
                "Vi taler om en læreplads til sidst i praktikken.",
            ),
        )

    def _cases(self) -> tuple[CaseDraft, ...]:
        return self.cases(
            NUMBER,
            CaseSpec(
                "praktik",
                "15.18.05",
                "Din praktik hos Fjordby Auto ApS",
                CaseStatus.DECIDED,
                "Virksomhedsservice, Jobcenter Fjordby",
                opened_days_ago=35,
            ),
            CaseSpec(
                "min-plan",
                "15.20.01",
                "Min Plan",
                CaseStatus.IN_PROGRESS,
                _YOUTH_TEAM,
                opened_days_ago=180,
            ),
            CaseSpec(
                "hjaelp",
                "15.62.15",
                "Uddannelseshjælp",
                CaseStatus.DECIDED,
                _YOUTH_TEAM,
                opened_days_ago=190,
            ),
        )

    def _deadlines(self) -> tuple[DeadlineDraft, ...]:
        return (
            DeadlineDraft(
                "timeskema",
                "Send dit timeskema fra praktikken",
                "Jobcentret skal bruge det for at betale dine penge.",
                self.noon(5),
                DEADLINES_PAGE,
                case="praktik",
            ),
            DeadlineDraft(
                "cv",
                "Opdatér dit CV på Jobnet",
                "Skriv din praktik på dit CV.",
                self.noon(8),
                DEADLINES_PAGE,
                case="min-plan",
            ),
        )
