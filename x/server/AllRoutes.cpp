#include "AllRoutes.h"

#include "AnnotationRoutes.h"
#include "AuditRoutes.h"
#include "BenchRoutes.h"
#include "CatalogRoutes.h"
#include "GatewayOrderRoutes.h"
#include "GatewayProductRoutes.h"
#include "GatewayRoutes.h"
#include "HealthRoutes.h"
#include "MetricsRoutes.h"
#include "MiniProgramGatewayRoutes.h"
#include "PartnerBulkRoutes.h"
#include "PartnerCsvRoutes.h"
#include "PartnerGroupRoutes.h"
#include "PartnerKeyRoutes.h"
#include "PartnerLifecycleRoutes.h"
#include "PartnerRoutes.h"
#include "PartnerTimelineRoutes.h"
#include "PoolRoutes.h"
#include "PricingAnalysisRoutes.h"
#include "PricingRuleRoutes.h"
#include "ReviewActionRoutes.h"
#include "ReviewRoutes.h"
#include "Router.h"
#include "SessionRoutes.h"
#include "UserRoutes.h"

namespace Kepler::Server::AllRoutes {

void registerAll(Router &router, bool benchRoutes)
{
    HealthRoutes::registerRoutes(router);
    SessionRoutes::registerRoutes(router);
    UserRoutes::registerRoutes(router);
    PartnerRoutes::registerRoutes(router);
    PartnerLifecycleRoutes::registerRoutes(router);
    PartnerTimelineRoutes::registerRoutes(router);
    AuditRoutes::registerRoutes(router);
    PartnerKeyRoutes::registerRoutes(router);
    GatewayRoutes::registerRoutes(router);
    GatewayProductRoutes::registerRoutes(router);
    GatewayOrderRoutes::registerRoutes(router);
    PartnerGroupRoutes::registerRoutes(router);
    PartnerBulkRoutes::registerRoutes(router);
    PartnerCsvRoutes::registerRoutes(router);
    MiniProgramGatewayRoutes::registerRoutes(router);
    ReviewRoutes::registerRoutes(router);
    ReviewActionRoutes::registerRoutes(router);
    CatalogRoutes::registerRoutes(router);
    PoolRoutes::registerRoutes(router);
    PricingRuleRoutes::registerRoutes(router);
    PricingAnalysisRoutes::registerRoutes(router);
    MetricsRoutes::registerRoutes(router);
    AnnotationRoutes::registerRoutes(router);
    if (benchRoutes)
        BenchRoutes::registerRoutes(router);
}

} // namespace Kepler::Server::AllRoutes
