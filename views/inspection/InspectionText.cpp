#include "inspection/InspectionText.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "ModelEdit.h"

#include <QCoreApplication>

namespace mamori::inspection {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::InspectionText)
};

} // namespace

QString answerName(InspectionAnswerKind answer)
{
    switch (answer) {
    case InspectionAnswerKind::Yes:
        return Tr::tr("Yes");
    case InspectionAnswerKind::Partial:
        return Tr::tr("Partial");
    case InspectionAnswerKind::No:
        return Tr::tr("No");
    case InspectionAnswerKind::NotApplicable:
        return Tr::tr("N/A");
    }
    return {};
}

QString entryName(const Model& model, const QString& control, const std::optional<ControlStatus>& status)
{
    if (status)
        return EnumNames::name(*status);
    const qsizetype k = indexOfId(model.controls, control);
    return k < 0 ? Tr::tr("(the control's)")
                 : Tr::tr("(the control's: %1)").arg(EnumNames::name(model.controls[k].status));
}

QString unitName(const Model& model, const QString& unit)
{
    const qsizetype u = indexOfId(model.orgUnits, unit);
    if (u < 0)
        return unit;
    const QString name = model.orgUnits[u].name.text(displayLanguage());
    return name.isEmpty() ? unit : name;
}

} // namespace mamori::inspection
