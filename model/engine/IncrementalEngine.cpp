#include "engine/IncrementalEngine.h"

#include "engine/EngineState.h"

namespace mamori {

IncrementalEngine::IncrementalEngine(Model model)
    : m_state(std::make_unique<engine::EngineState>(std::move(model)))
{
}
IncrementalEngine::~IncrementalEngine() = default;
IncrementalEngine::IncrementalEngine(IncrementalEngine&&) noexcept = default;
IncrementalEngine& IncrementalEngine::operator=(IncrementalEngine&&) noexcept = default;

const Model& IncrementalEngine::model() const
{
    return m_state->model();
}

const Assessment& IncrementalEngine::assessment() const
{
    return m_state->assessment();
}

IncrementalStats IncrementalEngine::lastEdit() const
{
    const engine::EditStats& s = m_state->lastEdit();
    return {s.assetsRecomputed, s.risksRecomputed, s.riskLayerRebuilt, s.blastRebuilt, s.findingsRebuilt};
}

bool IncrementalEngine::setControlStatus(const QString& control, ControlStatus status)
{
    return m_state->setControlStatus(control, status);
}

bool IncrementalEngine::setAssetImpact(const QString& asset, Dimension dimension, std::optional<double> impact)
{
    return m_state->setAssetImpact(asset, dimension, impact);
}

bool IncrementalEngine::addDependency(const Dependency& dependency)
{
    return m_state->addDependency(dependency);
}

bool IncrementalEngine::removeDependency(const QString& from, const QString& to, DependencyKind kind)
{
    return m_state->removeDependency(from, to, kind);
}

bool IncrementalEngine::updateAsset(const Asset& asset)
{
    return m_state->updateAsset(asset);
}

bool IncrementalEngine::updateThreat(const Threat& threat)
{
    return m_state->updateThreat(threat);
}

bool IncrementalEngine::updateControl(const Control& control)
{
    return m_state->updateControl(control);
}

bool IncrementalEngine::setExposure(const Exposure& exposure)
{
    return m_state->setExposure(exposure);
}

bool IncrementalEngine::removeExposure(const QString& asset, const QString& threat)
{
    return m_state->removeExposure(asset, threat);
}

bool IncrementalEngine::setResponse(const Response& response)
{
    return m_state->setResponse(response);
}

bool IncrementalEngine::removeResponse(const QString& asset, const QString& threat)
{
    return m_state->removeResponse(asset, threat);
}

void IncrementalEngine::setSettings(const Settings& settings)
{
    m_state->setSettings(settings);
}

void IncrementalEngine::setModel(Model model)
{
    m_state->reset(std::move(model));
}

} // namespace mamori
